package vn.atgt.thidua.support;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Throws on purpose, so that tests can check what a user sees of an unexpected error. */
@Controller
class FailingController {

	@GetMapping("/test-support/fail")
	String fail() {
		throw new IllegalStateException("secret detail at vn.atgt.thidua.Internal.line(42)");
	}
}
