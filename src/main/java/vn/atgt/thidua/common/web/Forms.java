package vn.atgt.thidua.common.web;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.FieldProblemsException;
import vn.atgt.thidua.common.persistence.StaleDataException;

/**
 * Puts a refused domain rule on the form it came from: beside its field, or at the top of the form; or, for a button
 * without fields, into the message of the page the handler goes back to. The one place that catches a refused rule in
 * the web layer (controllers never catch {@link DomainException} themselves).
 */
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

	/**
	 * As {@link #attempt(BindingResult, Runnable)}, for a change that answers something the handler needs (the new
	 * item's id, for the address it redirects to).
	 * @return what the change answered; empty when the form is to be shown again with its errors
	 */
	public static <T> Optional<T> attemptReturning(BindingResult result, Supplier<T> change) {
		AtomicReference<T> answer = new AtomicReference<>();
		return attempt(result, () -> answer.set(change.get())) ? Optional.ofNullable(answer.get()) : Optional.empty();
	}

	/**
	 * Makes the change a button asks for (a form without fields, such as "Triển khai" or "Xóa"): a refused rule, or a
	 * save over someone else's newer one, becomes the danger message of the page the handler redirects to, so that the
	 * user stays where she was and reads why.
	 * @return true when the change was made (the handler may then add its success message)
	 */
	public static boolean attempt(RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
			return true;
		}
		catch (DomainException e) {
			Flash.danger(redirect, e.messageKey(), e.arguments());
		}
		catch (OptimisticLockingFailureException e) {
			Flash.danger(redirect, "error.conflict");
		}
		return false;
	}
}
