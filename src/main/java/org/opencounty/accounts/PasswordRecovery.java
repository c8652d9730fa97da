package org.opencounty.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opencounty.accounts.internal.AccountRepository;
import org.opencounty.accounts.internal.AttemptWindow;
import org.opencounty.accounts.internal.ResetCodes;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.InvalidInputException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 忘记密码 for citizens: a six-digit code sent to the phone or e-mail they registered, valid for minutes, for a few
 * attempts, once. Nothing said or timed differs between a contact that is registered and one that is not. Staff
 * passwords are reset by the center's administrator, never here.
 */
@Service
public class PasswordRecovery {

    public static final String WRONG_CODE = "验证码错误或已失效，请重新获取";
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-()]");

    private final AccountRepository accounts;
    private final Accounts accountChanges;
    private final ResetCodes codes;
    private final CodeSender sender;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final SecuritySettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final AttemptWindow byAddress = new AttemptWindow(Duration.ofHours(1));
    private final AttemptWindow byContact = new AttemptWindow(Duration.ofHours(1));

    PasswordRecovery(AccountRepository accounts, Accounts accountChanges, ResetCodes codes, CodeSender sender,
                     PasswordEncoder encoder, AuditLog audit, SecuritySettings settings, Clock clock) {
        this.accounts = accounts;
        this.accountChanges = accountChanges;
        this.codes = codes;
        this.sender = sender;
        this.encoder = encoder;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    public boolean available() {
        return sender.available();
    }

    /** Sends a code if a citizen of the site registered this phone or e-mail; the caller says the same either way. */
    @Transactional
    public void requestCode(long siteId, String contact, String clientAddress) {
        String cleaned = clean(contact);
        CodeSender.Channel channel = channelOf(cleaned);
        if (!byAddress.tryAdd(clientAddress, settings.resetRequestsPerHourPerAddress(), clock.instant())
                || !byContact.tryAdd(cleaned, settings.resetCodesPerHourPerContact(), clock.instant())) {
            audit.record("anonymous", "", "account.password.recover.request", "contact:" + masked(cleaned), AuditResult.DENIED, "rate limit");
            throw new TooManyAttemptsException("获取验证码过于频繁，请一小时后再试");
        }
        String code = "%06d".formatted(random.nextInt(1_000_000));
        // The hash is computed either way, so that the answer takes as long for an unregistered contact.
        String hash = encoder.encode(code);
        Optional<Account> account = citizen(siteId, cleaned);
        if (account.isEmpty()) {
            audit.record("anonymous", "", "account.password.recover.request", "contact:" + masked(cleaned), AuditResult.FAILURE, "no such citizen");
            return;
        }
        Instant now = clock.instant();
        codes.issue(account.get().id(), hash, now, now.plus(settings.resetCodeLifetime()), clientAddress);
        sender.send(new CodeSender.Message(channel, cleaned, "【" + "政务服务" + "】您正在找回密码，验证码" + code + "，"
                + settings.resetCodeLifetime().toMinutes() + "分钟内有效。如非本人操作，请忽略本消息，切勿告诉他人。"));
        audit.record(account.get().username(), "", "account.password.recover.request", "account:" + account.get().username(),
                AuditResult.SUCCESS, "code sent by " + channel);
    }

    /** Sets a new password with the code; every session and token of the account ends. */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public void resetWithCode(long siteId, String contact, String code, String newPassword) {
        String cleaned = clean(contact);
        Account account = citizen(siteId, cleaned).orElse(null);
        Instant now = clock.instant();
        ResetCodes.Taken taken = account == null ? null : codes.takeAttempt(account.id(), now, settings.resetCodeAttempts()).orElse(null);
        if (taken == null || code == null || !encoder.matches(code.strip(), taken.codeHash())) {
            audit.record(account == null ? "anonymous" : account.username(), "", "account.password.recover",
                    "contact:" + masked(cleaned), AuditResult.FAILURE, taken == null ? "no live code" : "wrong code");
            throw InvalidInputException.field("code", WRONG_CODE);
        }
        Optional<String> problem = PasswordPolicy.problemWith(newPassword, account.username());
        if (problem.isPresent()) {
            codes.giveBack(taken.id());
            throw InvalidInputException.field("newPassword", problem.get());
        }
        if (!codes.use(taken.id(), now)) {
            throw InvalidInputException.field("code", WRONG_CODE);
        }
        accountChanges.recoverPassword(account, encoder.encode(newPassword));
    }

    private Optional<Account> citizen(long siteId, String contact) {
        return contact.isEmpty() ? Optional.empty() : accounts.findCitizenByContact(siteId, contact).filter(Account::enabled);
    }

    private static String clean(String contact) {
        String value = contact == null ? "" : contact.strip();
        return value.contains("@") ? value.toLowerCase(Locale.ROOT) : SEPARATORS.matcher(value).replaceAll("");
    }

    private static CodeSender.Channel channelOf(String contact) {
        if (Accounts.MOBILE.matcher(contact).matches()) {
            return CodeSender.Channel.SMS;
        }
        if (contact.length() <= 200 && Accounts.EMAIL.matcher(contact).matches()) {
            return CodeSender.Channel.EMAIL;
        }
        throw new InvalidInputException(Map.of("contact", "请填写注册时使用的手机号码或电子邮箱"));
    }

    /** Enough of a contact for the audit log to tell requests apart, without storing whole phone numbers of strangers. */
    private static String masked(String contact) {
        return contact.length() <= 7 ? "***" : contact.substring(0, 3) + "****" + contact.substring(contact.length() - 4);
    }
}
