package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pinpointmock.internal.service.PinpointOperations;
import dev.pinpointmock.internal.wire.Route;
import dev.pinpointmock.internal.wire.RouteTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps the README's table of the 122 operations true to the route table and the handlers. */
class ReadmeOperationTableTest {

    @Test
    void everyOperationHasARowThatSaysWhetherItIsImplemented() throws Exception {
        Map<String, String> rows = Files.readAllLines(Path.of("..", "README.md")).stream()
                .filter(line -> line.startsWith("| ") && line.split("\\|").length == 5)
                .collect(Collectors.toMap(line -> line.split("\\|")[1].trim(), line -> line, (a, b) -> a));

        for (Route route : RouteTable.pinpoint().routes()) {
            String expected = "| " + route.operation() + " | `" + route.method() + " " + route.uriTemplate()
                    + "` | " + route.successStatus() + " | "
                    + (PinpointOperations.all().implemented(route.operation()) ? "yes" : "not yet") + " |";
            assertThat(rows.get(route.operation())).as(route.operation()).isEqualTo(expected);
        }
    }
}
