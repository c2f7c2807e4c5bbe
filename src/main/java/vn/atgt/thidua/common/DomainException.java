package vn.atgt.thidua.common;

import java.util.Arrays;

/**
 * A rule of the domain said no (an illegal transition, a closed campaign, a duplicate). Carries a message key and its
 * arguments so that the web layer can show the reason in the user's language.
 */
public class DomainException extends RuntimeException {

	private final String messageKey;
	private final transient Object[] arguments;

	public DomainException(String messageKey, Object... arguments) {
		super(messageKey + Arrays.toString(arguments));
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
