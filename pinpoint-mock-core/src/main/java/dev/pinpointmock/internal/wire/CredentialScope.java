package dev.pinpointmock.internal.wire;

/**
 * The access key and region of a SigV4-signed request, read from its {@code Authorization} header
 * ({@code Credential=AKID/20261203/us-east-1/mobiletargeting/aws4_request}). The signature itself is not
 * checked.
 */
public record CredentialScope(String accessKey, String region) {

    private static final String CREDENTIAL = "Credential=";
    private static final java.util.regex.Pattern ACCOUNT_ID = java.util.regex.Pattern.compile("[0-9]{12}");

    /** The scope of a request, or the given defaults for parts an unsigned request does not carry. */
    public static CredentialScope of(String authorization, String defaultRegion) {
        if (authorization != null) {
            int start = authorization.indexOf(CREDENTIAL);
            if (start >= 0) {
                start += CREDENTIAL.length();
                int end = authorization.indexOf(',', start);
                String[] scope = authorization.substring(start, end < 0 ? authorization.length() : end).split("/");
                if (scope.length >= 3 && !scope[2].isBlank()) {
                    return new CredentialScope(scope[0], scope[2]);
                }
            }
        }
        return new CredentialScope(null, defaultRegion);
    }

    /**
     * The account of the call: an access key of twelve digits names the account itself, as with
     * LocalStack; any other key, or none, belongs to the server's default account.
     */
    public String accountOr(String defaultAccount) {
        return accessKey != null && ACCOUNT_ID.matcher(accessKey).matches() ? accessKey : defaultAccount;
    }
}
