package org.opencounty.grassroots;

/** The 公开目录 of a grassroots party organisation (中国共产党党务公开条例（试行）, STANDARDS §13.2). */
public enum PartyCategory {
    ORGANISATION("组织建设"),
    NEW_MEMBERS("发展党员公示"),
    DUES("党费收缴使用"),
    MEETINGS("三会一课/主题党日"),
    APPRAISAL("民主评议");

    private final String label;

    PartyCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
