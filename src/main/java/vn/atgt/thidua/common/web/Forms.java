package vn.atgt.thidua.common.web;

import org.springframework.validation.BindingResult;

import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;

/** Puts a refused domain rule on the form it came from: beside its field, or at the top of the form. */
public final class Forms {

	private Forms() {
	}

	public static void reject(BindingResult result, DomainException e) {
		if (e instanceof FieldException field && result.getFieldType(field.field()) != null) {
			result.rejectValue(field.field(), e.messageKey(), e.arguments(), e.messageKey());
		}
		else {
			result.reject(e.messageKey(), e.arguments(), e.messageKey());
		}
	}
}
