package dev.pinpointmock.internal.service;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the endpoint definitions of an import file into rows of named values, the names in Pinpoint's
 * dotted form ({@code ChannelType}, {@code Location.Country}, {@code User.UserAttributes.FirstName}).
 * CSV files have a header row of such names and one endpoint a row; JSON files have one endpoint
 * definition, in the shape of EndpointRequest plus {@code Id}, a line.
 */
final class ImportFiles {

    /** One endpoint definition: its line in the file, and its values by dotted name. */
    record Row(int line, Map<String, List<String>> values) {
    }

    private ImportFiles() {
    }

    static List<Row> csv(String text) {
        List<List<String>> records = CsvRecords.parse(text);
        if (records.isEmpty()) {
            return List.of();
        }
        List<String> header = records.get(0).stream().map(String::trim).toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            Map<String, List<String>> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size() && c < cells.size(); c++) {
                if (!cells.get(c).isEmpty()) {
                    values.put(header.get(c), List.of(cells.get(c)));
                }
            }
            rows.add(new Row(i + 1, values));
        }
        return rows;
    }

    /** Reads a JSON file's lines; a line that is not a JSON object is a row whose values say so. */
    static List<Row> json(String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Map<String, List<String>> values = new LinkedHashMap<>();
            try {
                JsonElement element = JsonParser.parseString(lines[i]);
                if (!element.isJsonObject()) {
                    throw new JsonParseException("not an object");
                }
                flatten("", element.getAsJsonObject(), values);
            } catch (JsonParseException | IllegalStateException | UnsupportedOperationException broken) {
                values = Map.of("", List.of("Line " + (i + 1) + " is not a JSON object"));
            }
            rows.add(new Row(i + 1, values));
        }
        return rows;
    }

    private static void flatten(String prefix, JsonObject object, Map<String, List<String>> values) {
        for (Map.Entry<String, JsonElement> member : object.entrySet()) {
            String name = prefix + member.getKey();
            JsonElement value = member.getValue();
            if (value.isJsonNull()) {
                continue;
            }
            if (value.isJsonObject()) {
                flatten(name + ".", value.getAsJsonObject(), values);
            } else if (value.isJsonArray()) {
                List<String> items = new ArrayList<>();
                value.getAsJsonArray().forEach(item -> items.add(item.getAsString()));
                values.put(name, items);
            } else {
                values.put(name, List.of(value.getAsString()));
            }
        }
    }
}
