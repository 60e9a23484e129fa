package dev.pinpointmock.standalone;

import dev.pinpointmock.PinpointMockServer;
import java.nio.file.Path;
import java.util.Map;

/**
 * The standalone server's command line. The secret access key may come from the environment variable
 * {@value #SECRET_ENV} instead of {@code --secret-access-key}, which keeps it out of the process list.
 */
record StandaloneOptions(String host, int port, String region, String account, Path dataDirectory,
                         String accessKeyId, String secretAccessKey) {

    static final String ACCESS_KEY_ENV = "PINPOINT_MOCK_ACCESS_KEY_ID";
    static final String SECRET_ENV = "PINPOINT_MOCK_SECRET_ACCESS_KEY";

    static final String USAGE = String.join("\n",
            "usage: java -jar pinpoint-mock-core-VERSION-standalone.jar [options]",
            "  --port N                  port to listen on (default 4566; 0 picks a free one)",
            "  --host H                  interface to bind (default 127.0.0.1; another one is reachable from",
            "                            other machines, and the server warns)",
            "  --region R                region of unsigned calls (default us-east-1)",
            "  --account 123456789012    account id in ARNs (default 000000000000)",
            "  --data-dir DIR            keep all state in DIR across restarts (default: in memory only)",
            "  --access-key-id ID        check every call's SigV4 signature against this access key ...",
            "  --secret-access-key KEY   ... and this secret (or set " + SECRET_ENV + ")",
            "Environment: " + ACCESS_KEY_ENV + " and " + SECRET_ENV + " stand for the last two options.");

    static StandaloneOptions parse(String[] args) {
        return parse(args, System.getenv());
    }

    static StandaloneOptions parse(String[] args, Map<String, String> environment) {
        String host = "127.0.0.1";
        int port = PinpointMockMain.DEFAULT_PORT;
        String region = PinpointMockServer.DEFAULT_REGION;
        String account = PinpointMockServer.DEFAULT_ACCOUNT;
        Path dataDirectory = null;
        String accessKeyId = environment.get(ACCESS_KEY_ENV);
        String secretAccessKey = environment.get(SECRET_ENV);
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (isHelp(new String[] {option})) {
                throw new IllegalArgumentException("pinpoint-mock: an in-memory Amazon Pinpoint");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Option " + option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--host" -> host = value;
                case "--port" -> port = parsePort(value);
                case "--region" -> region = value;
                case "--account" -> account = value;
                case "--data-dir" -> dataDirectory = Path.of(value);
                case "--access-key-id" -> accessKeyId = value;
                case "--secret-access-key" -> secretAccessKey = value;
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        if ((accessKeyId == null) != (secretAccessKey == null)) {
            throw new IllegalArgumentException("Checking signatures needs both an access key id and a secret ("
                    + "--access-key-id and --secret-access-key, or " + ACCESS_KEY_ENV + " and " + SECRET_ENV + ")");
        }
        return new StandaloneOptions(host, port, region, account, dataDirectory, accessKeyId, secretAccessKey);
    }

    PinpointMockServer.Builder toBuilder() {
        PinpointMockServer.Builder builder =
                PinpointMockServer.builder().host(host).port(port).region(region).account(account);
        if (dataDirectory != null) {
            builder.dataDirectory(dataDirectory);
        }
        if (accessKeyId != null) {
            builder.credentials(accessKeyId, secretAccessKey);
        }
        return builder;
    }

    /** The options without the secret, which must never be printed. */
    @Override
    public String toString() {
        return "StandaloneOptions[host=" + host + ", port=" + port + ", region=" + region + ", account=" + account
                + ", dataDirectory=" + dataDirectory + ", accessKeyId=" + accessKeyId
                + ", secretAccessKey=" + (secretAccessKey == null ? "none" : "****") + "]";
    }

    private static int parsePort(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port takes a number, not " + value);
        }
    }

    /** Whether the command line asks for the usage text, which is then no error. */
    static boolean isHelp(String[] args) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                return true;
            }
        }
        return false;
    }
}
