package dev.pinpointmock.internal.service;

import dev.pinpointmock.DeliveredMessage;
import dev.pinpointmock.GeneratedOtp;
import dev.pinpointmock.internal.state.App;
import dev.pinpointmock.internal.state.OtpEntry;
import java.lang.System.Logger.Level;
import java.util.Map;
import software.amazon.awssdk.services.pinpoint.model.MessageResponse;
import software.amazon.awssdk.services.pinpoint.model.SendOTPMessageRequestParameters;
import software.amazon.awssdk.services.pinpoint.model.SendOtpMessageRequest;
import software.amazon.awssdk.services.pinpoint.model.SendOtpMessageResponse;
import software.amazon.awssdk.services.pinpoint.model.VerificationResponse;
import software.amazon.awssdk.services.pinpoint.model.VerifyOTPMessageRequestParameters;
import software.amazon.awssdk.services.pinpoint.model.VerifyOtpMessageRequest;
import software.amazon.awssdk.services.pinpoint.model.VerifyOtpMessageResponse;

/**
 * SendOTPMessage and VerifyOTPMessage. A send stores a fresh code under its reference id, replacing any
 * earlier one, and logs it at INFO; a verify answers {@code Valid: true} once for the right code.
 */
final class OtpHandlers {

    private static final System.Logger LOG = System.getLogger("dev.pinpointmock.otp");

    private OtpHandlers() {
    }

    static void register(OperationRegistry registry) {
        registry.on("SendOTPMessage", SendOtpMessageRequest.class, OtpHandlers::sendOtp)
                .on("VerifyOTPMessage", VerifyOtpMessageRequest.class, OtpHandlers::verifyOtp);
    }

    static SendOtpMessageResponse sendOtp(CallContext context, SendOtpMessageRequest request) {
        App app = context.app(request.applicationId());
        SendOTPMessageRequestParameters send = request.sendOTPMessageRequestParameters();
        OtpRules.Settings settings = OtpRules.validate(send);

        GeneratedOtp otp = new GeneratedOtp(app.id(), send.referenceId(), send.destinationIdentity(),
                send.originationIdentity(), send.brandName(), code(context, settings.codeLength()),
                settings.allowedAttempts(), settings.validityMinutes(), context.now(), context.region());
        app.otpsByReference().put(otp.referenceId(), new OtpEntry(otp));
        context.service().otpLog().record(otp);
        if (!context.replaying()) {
            LOG.log(Level.INFO, "OTP for application ID {0} reference ID {1}: {2}",
                    otp.applicationId(), otp.referenceId(), otp.code());
        }

        String messageId = context.ids().messageId();
        context.service().messageLog().record(new DeliveredMessage(app.id(), "SendOTPMessage", "SMS",
                otp.destinationIdentity(), null, null, messageId, null, otp.messageBody(), null, null, null,
                "TRANSACTIONAL", otp.originationIdentity(), null, null, otp.createdAt()));
        MessageResponse response = MessageResponse.builder()
                .applicationId(app.id())
                .requestId(context.requestId())
                .result(Map.of(otp.destinationIdentity(), Delivery.succeeded(messageId)))
                .build();
        return SendOtpMessageResponse.builder().messageResponse(response).build();
    }

    /** A fixed code the test queued, if it has the requested length, else a random one. */
    private static String code(CallContext context, int length) {
        String fixed = context.service().takeFixedOtpCode();
        if (fixed == null) {
            return context.ids().digits(length);
        }
        if (fixed.length() != length) {
            throw Errors.badRequest("pinpoint-mock: the test fixed the next OTP code as " + fixed
                    + ", but this send asks for CodeLength " + length + "; fix codes of the length the code"
                    + " under test requests");
        }
        return context.ids().noted(fixed);
    }

    static VerifyOtpMessageResponse verifyOtp(CallContext context, VerifyOtpMessageRequest request) {
        App app = context.app(request.applicationId());
        VerifyOTPMessageRequestParameters verify = request.verifyOTPMessageRequestParameters();
        OtpRules.validate(verify);

        OtpEntry entry = app.otpsByReference().get(verify.referenceId());
        boolean valid = entry != null && entry.verify(verify.destinationIdentity(), verify.otp(), context.now());
        VerificationResponse response = VerificationResponse.builder().valid(valid).build();
        return VerifyOtpMessageResponse.builder().verificationResponse(response).build();
    }
}
