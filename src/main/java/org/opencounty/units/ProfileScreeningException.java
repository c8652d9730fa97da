package org.opencounty.units;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.common.DomainException;

/**
 * A profile revision stopped at submission or publication because a public field carries what notice 2013-38 forbids
 * (classification or internal markings, a term of the center's list, an ID or bank card number). Each field names its
 * first finding; {@code findings} lists them all.
 */
public class ProfileScreeningException extends DomainException {

    public record Flag(String field, String rule, String text, int position, String message) {
    }

    private final List<Flag> findings;

    ProfileScreeningException(List<Flag> findings) {
        super("SCREENING_BLOCKED", "单位信息含有禁止发布的内容，请修改后再报送", byField(findings));
        this.findings = List.copyOf(findings);
    }

    public List<Flag> findings() {
        return findings;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("findings", findings);
    }

    @Override
    public int status() {
        return 422;
    }

    private static Map<String, String> byField(List<Flag> findings) {
        Map<String, String> fields = new LinkedHashMap<>();
        findings.forEach(flag -> fields.putIfAbsent(flag.field(), flag.message() + "：“" + flag.text() + "”"));
        return fields;
    }
}
