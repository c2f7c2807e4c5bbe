package vn.atgt.thidua.common.web;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.FieldProblemsException;
import vn.atgt.thidua.common.persistence.StaleDataException;

/** Puts a refused domain rule on the form it came from: beside its field, or at the top of the form. */
public final class Forms {

	private Forms() {
	}

	public static void reject(BindingResult result, DomainException e) {
		if (e instanceof FieldProblemsException several) {
			for (FieldException problem : several.problems()) {
				if (!result.hasFieldErrors(problem.field())) {
					reject(result, problem);
				}
			}
		}
		else if (e instanceof FieldException field && isField(result, field.field())) {
			result.rejectValue(field.field(), e.messageKey(), e.arguments(), e.messageKey());
		}
		else {
			result.reject(e.messageKey(), e.arguments(), e.messageKey());
		}
	}

	/**
	 * True when the name is a field of the form, or an entry of a map or list field of it that the form left out
	 * ({@code values[12]}: no type can be read from an absent entry, yet the message belongs beside its input).
	 */
	private static boolean isField(BindingResult result, String field) {
		int entry = field.indexOf('[');
		return result.getFieldType(field) != null || entry > 0 && result.getFieldType(field.substring(0, entry)) != null;
	}

	/**
	 * Makes the change a valid form asks for. A refused rule goes onto the form ({@link #reject}); a save over
	 * someone else's newer one (detected when the transaction commits) becomes the conflict message at the top.
	 * @return true when the change was made; false when the form is to be shown again with its errors
	 */
	public static boolean attempt(BindingResult result, Runnable change) {
		if (result.hasErrors()) {
			return false;
		}
		try {
			change.run();
			return true;
		}
		catch (DomainException e) {
			reject(result, e);
		}
		catch (OptimisticLockingFailureException e) {
			reject(result, new StaleDataException());
		}
		return false;
	}
}
