package dev.pinpointmock.internal.wire;

/**
 * The access key and region of a SigV4-signed request, read from its {@code Authorization} header
 * ({@code Credential=AKID/20261203/us-east-1/mobiletargeting/aws4_request}). The signature itself is not
 * checked.
 */
public record CredentialScope(String accessKey, String region) {

    private static final String CREDENTIAL = "Credential=";

    /** The scope of a request, or the given defaults for parts an unsigned request does not carry. */
    public static CredentialScope of(String authorization, String defaultRegion) {
        if (authorization != null) {
            int start = authorization.indexOf(CREDENTIAL);
            if (start >= 0) {
                start += CREDENTIAL.length();
                int end = authorization.indexOf(',', start);
                String credential = authorization.substring(start, end < 0 ? authorization.length() : end);
                // key/date/region/service/aws4_request, read without splitting it: this runs on every call.
                int keyEnd = credential.indexOf('/');
                int dateEnd = keyEnd < 0 ? -1 : credential.indexOf('/', keyEnd + 1);
                if (dateEnd >= 0) {
                    int regionEnd = credential.indexOf('/', dateEnd + 1);
                    String region = credential.substring(dateEnd + 1, regionEnd < 0 ? credential.length() : regionEnd);
                    if (!region.isBlank()) {
                        return new CredentialScope(credential.substring(0, keyEnd), region);
                    }
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
        return isAccountId(accessKey) ? accessKey : defaultAccount;
    }

    /** Twelve ASCII digits, the form of an AWS account id. */
    public static boolean isAccountId(String key) {
        if (key == null || key.length() != 12) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) < '0' || key.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
