package org.opencounty.accounts;

/**
 * Delivers a one-time code to a citizen's phone (SMS) or e-mail. The platform ships {@code DemoOutbox}, which only
 * keeps messages for the demo's outbox page; a county connects its SMS or e-mail gateway by providing a bean of this
 * interface marked {@code @Primary} (docs/security.md, "Accounts and sessions").
 */
public interface CodeSender {

    enum Channel { SMS, EMAIL }

    record Message(Channel channel, String recipient, String text) {
    }

    /** Hands the message to the gateway; throws if the gateway refused it, so that the request can say so. */
    void send(Message message);

    /** Whether messages reach their recipients; when not, the reset page sends people to the service center. */
    boolean available();
}
