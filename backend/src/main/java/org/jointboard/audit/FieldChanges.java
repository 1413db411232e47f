package org.jointboard.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.bson.Document;

/**
 * What a change did to a record, field by field: both versions flattened to paths ({@code residual.likelihood},
 * {@code reviews[3].commentary}) and compared. Bookkeeping fields (the version, the type hint) are left out.
 */
final class FieldChanges {

    /** More than this and the list ends with a line saying how many more there were. */
    static final int MOST = 200;
    private static final Set<String> BOOKKEEPING = Set.of("version", "_class", "nameWords", "sortName");

    private FieldChanges() {
    }

    static List<FieldChange> between(Document before, Document after) {
        Map<String, String> was = flatten(before);
        Map<String, String> now = flatten(after);
        var fields = new java.util.LinkedHashSet<String>(now.keySet());
        fields.addAll(was.keySet());
        var changes = new ArrayList<FieldChange>();
        int more = 0;
        for (String field : fields) {
            if (!Objects.equals(was.get(field), now.get(field))) {
                if (changes.size() < MOST) {
                    changes.add(new FieldChange(field, was.get(field), now.get(field)));
                } else {
                    more++;
                }
            }
        }
        if (more > 0) {
            changes.add(new FieldChange("…", null, more + " more fields changed"));
        }
        return changes;
    }

    private static Map<String, String> flatten(Document document) {
        var fields = new LinkedHashMap<String, String>();
        if (document != null) {
            document.forEach((key, value) -> {
                if (!BOOKKEEPING.contains(key)) {
                    flatten(key.equals("_id") ? "id" : key, value, fields);
                }
            });
        }
        return fields;
    }

    private static void flatten(String path, Object value, Map<String, String> fields) {
        switch (value) {
            case null -> fields.put(path, null);
            case Map<?, ?> map -> map.forEach((key, inner) -> {
                if (!BOOKKEEPING.contains(String.valueOf(key))) {
                    flatten(path + "." + key, inner, fields);
                }
            });
            case Collection<?> list -> {
                if (list.isEmpty()) {
                    fields.put(path, "(none)");
                }
                int i = 0;
                for (Object inner : list) {
                    flatten(path + "[" + i++ + "]", inner, fields);
                }
            }
            case Date date -> fields.put(path, date.toInstant().toString().endsWith("T00:00:00Z")
                    ? date.toInstant().toString().substring(0, 10) : date.toInstant().toString());
            default -> fields.put(path, String.valueOf(value));
        }
    }
}
