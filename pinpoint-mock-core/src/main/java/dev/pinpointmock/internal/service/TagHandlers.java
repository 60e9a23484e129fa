package dev.pinpointmock.internal.service;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import dev.pinpointmock.internal.state.Partition;
import software.amazon.awssdk.services.pinpoint.model.ListTagsForResourceRequest;
import software.amazon.awssdk.services.pinpoint.model.ListTagsForResourceResponse;
import software.amazon.awssdk.services.pinpoint.model.TagResourceRequest;
import software.amazon.awssdk.services.pinpoint.model.TagResourceResponse;
import software.amazon.awssdk.services.pinpoint.model.TagsModel;
import software.amazon.awssdk.services.pinpoint.model.UntagResourceRequest;
import software.amazon.awssdk.services.pinpoint.model.UntagResourceResponse;

/** TagResource, UntagResource and ListTagsForResource, on any taggable resource's ARN. */
final class TagHandlers {

    private TagHandlers() {
    }

    static void register(OperationRegistry registry) {
        registry.on("TagResource", TagResourceRequest.class, TagHandlers::tagResource)
                .on("UntagResource", UntagResourceRequest.class, TagHandlers::untagResource)
                .on("ListTagsForResource", ListTagsForResourceRequest.class, TagHandlers::listTags);
    }

    static TagResourceResponse tagResource(CallContext context, TagResourceRequest request) {
        String arn = existingResource(context, request.resourceArn());
        Tags.validate(request.tagsModel().tags());
        if (!context.partition().tagWithin(arn, request.tagsModel().tags(), Tags.MAX_TAGS)) {
            throw badRequest("A resource can have at most " + Tags.MAX_TAGS + " tags");
        }
        return TagResourceResponse.builder().build();
    }

    static UntagResourceResponse untagResource(CallContext context, UntagResourceRequest request) {
        String arn = existingResource(context, request.resourceArn());
        Tags.validateKeys(request.tagKeys());
        context.partition().untag(arn, request.tagKeys());
        return UntagResourceResponse.builder().build();
    }

    static ListTagsForResourceResponse listTags(CallContext context, ListTagsForResourceRequest request) {
        String arn = existingResource(context, request.resourceArn());
        TagsModel tags = TagsModel.builder().tags(context.partition().tags(arn)).build();
        return ListTagsForResourceResponse.builder().tagsModel(tags).build();
    }

    /**
     * Checks that an ARN names a Pinpoint resource of the caller's account and region that exists. A
     * malformed ARN is a bad request; a well-formed one for nothing is not found.
     */
    private static String existingResource(CallContext context, String arn) {
        Partition partition = context.partition();
        String[] parts = arn.split(":", 6);
        if (parts.length != 6 || !parts[0].equals("arn") || !parts[2].equals("mobiletargeting")) {
            throw badRequest("Invalid ARN: " + arn);
        }
        boolean samePartition = parts[3].equals(partition.region()) && parts[4].equals(partition.account());
        if (!samePartition || !partition.resourceExists(parts[5])) {
            throw Errors.notFound("Resource not found: " + arn);
        }
        return arn;
    }
}
