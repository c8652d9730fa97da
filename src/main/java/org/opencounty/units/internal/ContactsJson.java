package org.opencounty.units.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import org.opencounty.units.Contact;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A revision's registered contacts as the JSON array stored with it. */
@Converter
public class ContactsJson implements AttributeConverter<List<Contact>, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Contact>> CONTACTS = new TypeReference<>() { };

    @Override
    public String convertToDatabaseColumn(List<Contact> contacts) {
        return JSON.writeValueAsString(contacts == null ? List.of() : contacts);
    }

    @Override
    public List<Contact> convertToEntityAttribute(String json) {
        return json == null || json.isBlank() ? List.of() : List.copyOf(JSON.readValue(json, CONTACTS));
    }
}
