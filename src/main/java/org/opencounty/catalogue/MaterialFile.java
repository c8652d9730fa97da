package org.opencounty.catalogue;

/**
 * A file the unit offers for one material of a guide: its blank form (空白表格) or a filled sample (示例样表). It belongs
 * to a revision of the guide, is reviewed with it and goes live with it; the storage key is a random name outside the
 * web root.
 */
public record MaterialFile(long id, long revisionId, String materialId, Purpose purpose, String filename, String contentType,
                           long size, String storageKey, String sha256, boolean readable, String reason) {

    public enum Purpose {
        BLANK("空白表格"),
        SAMPLE("示例样表");

        private final String label;

        Purpose(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The purpose a form names (BLANK, SAMPLE), if any. */
        public static java.util.Optional<Purpose> parse(String code) {
            return java.util.Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
        }
    }

    public String sizeLabel() {
        return size < 1024 * 1024 ? Math.max(1, size / 1024) + " KB" : String.format("%.1f MB", size / 1048576.0);
    }
}
