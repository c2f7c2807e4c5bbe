package vn.atgt.thidua.commendation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.atgt.thidua.commendation.CommentCommand;

/** A comment of the public as its form sends it. */
record CommentForm(
		@NotBlank(message = "{comment.authorName.required}") @Size(max = 150, message = "{validation.tooLong}") String authorName,
		@NotBlank(message = "{comment.contact.required}") @Size(max = 150, message = "{validation.tooLong}") String contact,
		@NotBlank(message = "{comment.body.required}") @Size(max = 2000, message = "{validation.tooLong}") String body) {

	static CommentForm empty() {
		return new CommentForm("", "", "");
	}

	CommentCommand toCommand() {
		return new CommentCommand(authorName, contact, body);
	}
}
