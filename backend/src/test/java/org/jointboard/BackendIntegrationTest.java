package org.jointboard;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;

import org.jointboard.audit.AuditFixtures;
import org.jointboard.partnership.PartnershipFixtures;
import org.jointboard.security.TokenProperties;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole backend on a random port, with the embedded store in memory and a token decoder that trusts
 * {@link TestTokens} instead of Keycloak (same issuer and audience rules as production).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ BackendIntegrationTest.TestTokenDecoder.class, PartnershipFixtures.class, AuditFixtures.class })
public @interface BackendIntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    class TestTokenDecoder {

        @Bean
        JwtDecoder jwtDecoder(TokenProperties token) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(TestTokens.publicKey()).build();
            decoder.setJwtValidator(token.validator());
            return decoder;
        }

        /** The same day on every run ({@link TestClock}); the backend's own clock bean stays, this one is chosen. */
        @Bean
        @Primary
        Clock testClock() {
            return TestClock.clock();
        }
    }
}
