package vn.atgt.thidua.common;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The thing asked for does not exist, or the user may not know that it exists: both answer 404, so that an id typed
 * into a URL tells nothing about another unit's data.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id);
	}
}
