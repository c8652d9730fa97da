package org.opencounty.interaction;

/** A writer's name as the public listing shows it: the first character, the rest as stars ("张**"); none for anonymous. */
public final class NameMask {

    private NameMask() {
    }

    public static String mask(String name) {
        if (name == null || name.isBlank()) {
            return "匿名";
        }
        String stripped = name.strip();
        // Always two stars, so that the listing does not tell the name's length either.
        return stripped.substring(0, stripped.offsetByCodePoints(0, 1)) + "**";
    }
}
