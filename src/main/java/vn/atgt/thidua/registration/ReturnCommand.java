package vn.atgt.thidua.registration;

import java.util.Map;

/** The standing office returns a registration: the reason, and a comment per target (by target id) where it has one. */
public record ReturnCommand(String reason, Map<Long, String> comments) {

	public ReturnCommand {
		comments = comments == null ? Map.of() : Map.copyOf(comments);
	}
}
