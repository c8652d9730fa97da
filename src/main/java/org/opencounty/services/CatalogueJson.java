package org.opencounty.services;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.services.internal.ContentCodec;
import org.springframework.stereotype.Component;

/** The API's shape of an entry: its content's fields at the top level, with id, state and history beside them. */
@Component
public class CatalogueJson {

    private final ContentCodec codec;

    CatalogueJson(ContentCodec codec) {
        this.codec = codec;
    }

    public Map<String, Object> of(EntryView view) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", view.entry().id());
        json.put("state", view.entry().state().name());
        json.put("unitCode", view.unitCode());
        json.put("version", view.entry().version());
        json.put("revision", view.revision());
        json.put("publicUrl", view.publicUrl());
        json.putAll(codec.toMap(view.item() != null ? view.item() : view.fee()));
        if (view.completeness() != null) {
            json.put("completeness", view.completeness());
        }
        json.put("history", view.history());
        return json;
    }

    public Map<String, Object> of(PublishedEntry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", entry.entryId());
        json.put("state", "PUBLISHED");
        json.put("unitCode", entry.unitCode());
        json.put("unitName", entry.unitName());
        json.put("publicUrl", entry.url());
        Class<?> type = entry.kind() == EntryKind.ITEM ? ServiceItemContent.class : FeeContent.class;
        json.putAll(codec.toMap(codec.read(entry.content(), type)));
        return json;
    }

    public Map<String, Object> summary(PublishedEntry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", entry.entryId());
        json.put("name", entry.name());
        json.put("type", entry.itemType());
        json.put("target", entry.target());
        json.put("onlineApplication", entry.online());
        json.put("unitCode", entry.unitCode());
        json.put("unitName", entry.unitName());
        json.put("url", entry.url());
        return json;
    }

    public static <T> List<T> page(List<T> all, int page, int size) {
        int from = Math.min(all.size(), (Math.max(1, page) - 1) * size);
        return all.subList(from, Math.min(all.size(), from + size));
    }
}
