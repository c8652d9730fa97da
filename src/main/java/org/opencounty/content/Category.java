package org.opencounty.content;

import java.util.Arrays;
import java.util.Optional;

/**
 * The disclosure categories of notice 2013-38's list of basic information, each a column of the portal.
 * Unit profiles, service guides and fees are structured data with their own modules.
 */
public enum Category {
    LAWS("laws", "法律法规与规范性文件", "本单位负责贯彻实施的法律、法规、规章和规范性文件"),
    NOTICES("notices", "公告通知", "按规定应向社会发布的公告、通知"),
    COMMITMENTS("commitments", "工作纪律、服务承诺与投诉途径", "工作纪律、服务承诺，以及违规违纪的投诉途径、处理办法"),
    RIGHTS("rights", "服务对象的权利和义务", "服务对象依法享有的权利和应履行的义务"),
    POLICIES("policies", "重大事项与政策规定", "与经济发展、基层单位、企业、公众有密切关系的重大事项和政策规定"),
    DEVELOPMENT("development", "经济社会发展", "本地社会、经济发展状况和促进发展的举措、成果"),
    NEWS("news", "工作动态", "各单位的工作动态"),
    OTHER("other", "其他", "其他应予公开或便于民众知晓的事项"),
    /** Published by the center from interaction's annual reports (ADR 0025), not written in the article editor. */
    ANNUAL_REPORTS("annual-reports", "政府信息公开年报", "各单位和本级人民政府的政府信息公开工作年度报告");

    private final String code;
    private final String title;
    private final String description;

    Category(String code, String title, String description) {
        this.code = code;
        this.title = title;
        this.description = description;
    }

    public String code() { return code; }
    public String title() { return title; }
    public String description() { return description; }

    public static Optional<Category> byCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
