package org.opencounty.sites;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.opencounty.common.InvalidInputException;

/** What identifies a government website (STANDARDS.md §1.2): shown in the meta tags and the footer. */
public record SiteIdentification(String name, String domain, String siteIdCode, String icpNumber, String psbNumber,
                                 String organiser, String organiserContact) {

    /** Local sites: 6-digit division code + 4-digit sequence; ministries: "bm" + 8 digits. */
    static final Pattern SITE_ID_CODE = Pattern.compile("^(\\d{10}|bm\\d{8})$");
    static final Pattern DOMAIN = Pattern.compile("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z\\u4e00-\\u9fa5]{2,}$");

    public SiteIdentification {
        name = clean(name);
        domain = clean(domain).toLowerCase();
        siteIdCode = clean(siteIdCode);
        icpNumber = clean(icpNumber);
        psbNumber = clean(psbNumber);
        organiser = clean(organiser);
        organiserContact = clean(organiserContact);
    }

    void validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.isEmpty() || name.length() > 200) {
            errors.put("name", "请填写网站名称（不超过200字）");
        }
        if (!DOMAIN.matcher(domain).matches()) {
            errors.put("domain", "域名格式不正确，如 www.balikun.gov.cn");
        }
        if (!SITE_ID_CODE.matcher(siteIdCode).matches()) {
            errors.put("siteIdCode", "网站标识码应为10位数字（行政区划代码+4位顺序号）或 bm 加8位数字");
        }
        if (organiser.isEmpty() || organiser.length() > 200) {
            errors.put("organiser", "请填写主办单位");
        }
        if (icpNumber.length() > 100) {
            errors.put("icpNumber", "ICP备案号不能超过100字");
        }
        if (psbNumber.length() > 100) {
            errors.put("psbNumber", "公安机关备案号不能超过100字");
        }
        if (organiserContact.length() > 200) {
            errors.put("organiserContact", "联系方式不能超过200字");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public static SiteIdentification of(Site site) {
        return new SiteIdentification(site.name(), site.domain(), site.siteIdCode(), site.icpNumber(), site.psbNumber(),
                site.organiser(), site.organiserContact());
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
