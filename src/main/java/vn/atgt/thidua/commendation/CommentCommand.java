package vn.atgt.thidua.commendation;

/** A comment of the public on a published nominee: the writer's name and contact (both required) and the text. */
public record CommentCommand(String authorName, String contact, String body) {
}
