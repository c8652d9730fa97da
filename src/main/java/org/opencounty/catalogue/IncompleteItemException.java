package org.opencounty.catalogue;

import java.util.List;
import java.util.Map;
import org.opencounty.common.DomainException;

/** A service guide that lacks one of the ten elements cannot be submitted or published. */
public class IncompleteItemException extends DomainException {

    private final List<String> missing;

    IncompleteItemException(List<String> missing) {
        super("INCOMPLETE", "办事指南要素不全，请补充：" + String.join("、", missing.stream()
                .map(code -> java.util.Arrays.stream(Completeness.Element.values()).filter(e -> e.code().equals(code))
                        .map(Completeness.Element::label).findFirst().orElse(code)).toList()), Map.of());
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("missing", missing);
    }

    @Override
    public int status() {
        return 422;
    }
}
