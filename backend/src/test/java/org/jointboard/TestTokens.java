package org.jointboard;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Mints access tokens shaped like Keycloak's (realm roles, organisation and partnerships claims), signed
 * with a key made for this test run only; the backend under test trusts that key instead of Keycloak's.
 */
public final class TestTokens {

    public static final String ISSUER = "http://localhost:8180/realms/jointboard";
    public static final String AUDIENCE = "jointboard-api";
    private static final KeyPair KEYS = generate();

    private TestTokens() {
    }

    public static RSAPublicKey publicKey() {
        return (RSAPublicKey) KEYS.getPublic();
    }

    public static String admin() {
        return token("admin", List.of("BOARD_ADMIN"), null, List.of("wolverhampton", "walsall", "warwickshire", "wiltshire", "wirral"));
    }

    public static String walsallAdmin() {
        return token("walsall.admin", List.of("BOARD_ADMIN"), null, List.of("walsall"));
    }

    public static String chair() {
        return token("chair", List.of("BOARD_CHAIR"), null, List.of("wolverhampton"));
    }

    public static String exec() {
        return token("exec", List.of("EXECUTIVE_MEMBER", "COMMITTEE_MEMBER"), "wolverhampton-council", List.of("wolverhampton"));
    }

    public static String policeLead() {
        return token("police.lead", List.of("AGENCY_LEAD"), "west-midlands-police", List.of("wolverhampton", "walsall"));
    }

    /** A contributor in the police (the demo's police.officer). */
    public static String policeOfficer() {
        return token("police.officer", List.of("AGENCY_CONTRIBUTOR"), "west-midlands-police", List.of("wolverhampton", "walsall"));
    }

    public static String healthLead() {
        return token("health.lead", List.of("AGENCY_LEAD"), "royal-wolverhampton-nhs", List.of("wolverhampton"));
    }

    public static String schoolLead() {
        return token("school.dsl", List.of("SCHOOL_LEAD"), "demo-park-primary", List.of("wolverhampton"));
    }

    public static String viewer() {
        return token("viewer", List.of("VIEWER"), null, List.of("wolverhampton"));
    }

    public static String noJointBoardRole() {
        return token("stranger", List.of("offline_access"), null, List.of("wolverhampton"));
    }

    public static String token(String username, List<String> roles, String organisation, List<String> partnerships) {
        return sign(claims(username, roles, organisation, partnerships).build());
    }

    public static JWTClaimsSet.Builder claims(String username, List<String> roles, String organisation, List<String> partnerships) {
        Instant now = Instant.now();
        var builder = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(List.of(AUDIENCE, "account"))
                .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("preferred_username", username)
                .claim("name", "Demo " + username)
                .claim("realm_access", Map.of("roles", roles))
                .claim("partnerships", partnerships);
        return organisation == null ? builder : builder.claim("organisation", organisation);
    }

    public static String sign(JWTClaimsSet claims) {
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims);
            jwt.sign(new RSASSASigner((RSAPrivateKey) KEYS.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
