package vn.atgt.thidua.common;

/**
 * A domain rule refused one field of a form (a duplicate code, a wrong current password). The controller shows the
 * message beside that field with {@code bindingResult.rejectValue(e.field(), e.messageKey(), e.arguments(), null)}.
 */
public class FieldException extends DomainException {

	private final String field;

	public FieldException(String field, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
