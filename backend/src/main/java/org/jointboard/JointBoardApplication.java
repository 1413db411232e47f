package org.jointboard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class JointBoardApplication {

    public static void main(String[] args) {
        SpringApplication.run(JointBoardApplication.class, args);
    }
}
