package org.jointboard.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * With no SMTP host configured, a real SMTP server (GreenMail) in the backend, on loopback, that keeps what it receives
 * so the "Sent e-mail" page can show it. Messages still go over SMTP through Jakarta Mail, exactly as to a real server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mail.host:}'.isBlank()")
class EmbeddedMail {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMail.class);

    @Bean(destroyMethod = "stop")
    GreenMail embeddedSmtpServer(NotificationProperties properties) {
        var setup = new ServerSetup(properties.embeddedSmtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        var server = new GreenMail(properties.embeddedSmtpPort() == 0 ? setup.dynamicPort() : setup);
        server.start();
        log.info("No SMTP host configured (JOINTBOARD_SMTP_HOST): embedded SMTP server on 127.0.0.1:{}; the Sent e-mail page shows what it receives",
                server.getSmtp().getPort());
        return server;
    }

    @Bean
    JavaMailSender mailSender(GreenMail embeddedSmtpServer) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(embeddedSmtpServer.getSmtp().getPort());
        return sender;
    }
}
