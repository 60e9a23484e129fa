package dev.pinpointmock.standalone;

import dev.pinpointmock.PinpointMockServer;

/** The standalone server's command line. */
record StandaloneOptions(String host, int port, String region, String account) {

    static final String USAGE = "usage: java -jar pinpoint-mock-standalone.jar [--port N] [--host H]"
            + " [--region R] [--account 123456789012]";

    static StandaloneOptions parse(String[] args) {
        String host = "127.0.0.1";
        int port = PinpointMockMain.DEFAULT_PORT;
        String region = PinpointMockServer.DEFAULT_REGION;
        String account = PinpointMockServer.DEFAULT_ACCOUNT;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
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
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        return new StandaloneOptions(host, port, region, account);
    }

    PinpointMockServer.Builder toBuilder() {
        return PinpointMockServer.builder().host(host).port(port).region(region).account(account);
    }

    private static int parsePort(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port takes a number, not " + value);
        }
    }
}
