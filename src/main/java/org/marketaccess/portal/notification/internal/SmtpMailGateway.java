package org.marketaccess.portal.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends through Spring Boot's {@link JavaMailSender}, configured by {@code spring.mail.*}. */
class SmtpMailGateway implements MailGateway {

    /** Lets a received mail be traced back to its outbox row and its notice. */
    static final String NOTICE_HEADER = "X-Portal-Notice";

    private final JavaMailSender sender;

    SmtpMailGateway(JavaMailSender sender) {
        this.sender = sender;
    }

    @Override
    public void send(OutgoingMail mail) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(mail.from());
            helper.setTo(mail.to().toArray(String[]::new));
            if (!mail.cc().isEmpty()) {
                helper.setCc(mail.cc().toArray(String[]::new));
            }
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            message.setHeader(NOTICE_HEADER, mail.noticeKey());
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        sender.send(message);
    }

    @Override
    public String toString() {
        return "SMTP";
    }
}
