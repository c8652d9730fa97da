package org.opencounty.accounts;

import java.util.Optional;

/**
 * At least 8 characters from at least 3 of the 4 classes (lower case, upper case, digits, symbols),
 * as 等级保护 2.0 expects of identification (STANDARDS.md §9).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The reason the password is refused, or empty when it is acceptable. */
    public static Optional<String> problemWith(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("密码至少需要" + MIN_LENGTH + "个字符");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("密码不能超过" + MAX_LENGTH + "个字符");
        }
        int classes = 0;
        if (password.chars().anyMatch(Character::isLowerCase)) classes++;
        if (password.chars().anyMatch(Character::isUpperCase)) classes++;
        if (password.chars().anyMatch(Character::isDigit)) classes++;
        if (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c))) classes++;
        if (classes < 3) {
            return Optional.of("密码须包含大写字母、小写字母、数字、符号中的至少三类");
        }
        if (username != null && !username.isBlank() && password.toLowerCase().contains(username.toLowerCase())) {
            return Optional.of("密码不能包含用户名");
        }
        return Optional.empty();
    }
}
