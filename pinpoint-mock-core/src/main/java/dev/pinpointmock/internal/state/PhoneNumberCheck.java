package dev.pinpointmock.internal.state;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether a number in E.164 form is a possible phone number, as libphonenumber judges it, remembered for the
 * most recent numbers of one server. Parsing a number cost more than the rest of delivering a message to it,
 * and a test sends to the same few numbers again and again.
 */
public final class PhoneNumberCheck {

    private static final int REMEMBERED = 4096;

    private final Map<String, Boolean> recent = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    public boolean isPossible(String e164) {
        synchronized (recent) {
            Boolean known = recent.get(e164);
            if (known != null) {
                return known;
            }
        }
        boolean possible = parseAndCheck(e164);
        synchronized (recent) {
            recent.put(e164, possible);
        }
        return possible;
    }

    /** A plus, then two to fifteen digits of which the first is not 0: the form E.164 writes a number in. */
    public static boolean isE164(String address) {
        int length = address.length();
        if (length < 3 || length > 16 || address.charAt(0) != '+' || address.charAt(1) == '0') {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = address.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean parseAndCheck(String e164) {
        try {
            PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
            return phones.isPossibleNumber(phones.parse(e164, "ZZ"));
        } catch (NumberParseException e) {
            return false;
        }
    }
}
