package vn.atgt.thidua.demo;

import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the demo's story day ({@link DemoStoryDay}) on every page, for the layout's notice. */
@ControllerAdvice
@Profile("demo")
@ConditionalOnExpression("!'${thidua.demo.today:}'.isBlank()")
class DemoDayAdvice {

	private final LocalDate today;

	DemoDayAdvice(@Value("${thidua.demo.today}") LocalDate today) {
		this.today = today;
	}

	@ModelAttribute("demoToday")
	LocalDate demoToday() {
		return today;
	}
}
