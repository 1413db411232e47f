package org.jointboard.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.config.EnableMongoAuditing;

@Configuration(proxyBeanMethods = false)
@EnableMongoAuditing
class StoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
