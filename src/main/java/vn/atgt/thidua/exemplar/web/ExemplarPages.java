package vn.atgt.thidua.exemplar.web;

import org.springframework.ui.Model;

import vn.atgt.thidua.common.web.ReasonForm;
import vn.atgt.thidua.exemplar.ExemplarFilter;
import vn.atgt.thidua.exemplar.ExemplarFormPage;
import vn.atgt.thidua.exemplar.ExemplarKind;
import vn.atgt.thidua.exemplar.ExemplarListPage;
import vn.atgt.thidua.exemplar.ExemplarPage;
import vn.atgt.thidua.exemplar.ExemplarStatus;

/** What the exemplar pages put in the model, and where their handlers go next. */
final class ExemplarPages {

	static final String TAB = "exemplars";

	private ExemplarPages() {
	}

	static String list(Model model, ExemplarListPage page, ExemplarFilter filter) {
		model.addAttribute("campaign", page.campaign());
		model.addAttribute("tab", TAB);
		model.addAttribute("exemplars", page.exemplars());
		model.addAttribute("actions", page.actions());
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", ExemplarKind.values());
		model.addAttribute("statuses", ExemplarStatus.values());
		return "exemplar/list";
	}

	static String form(Model model, ExemplarFormPage page) {
		model.addAttribute("campaign", page.campaign());
		model.addAttribute("tab", TAB);
		model.addAttribute("exemplarId", page.exemplarId());
		model.addAttribute("unitName", page.unitName());
		model.addAttribute("kinds", ExemplarKind.values());
		return "exemplar/form";
	}

	/** The exemplar's page; the forms a refused post put in the model keep their errors, the others start empty. */
	static String show(Model model, ExemplarPage page) {
		long version = page.exemplar().version();
		model.addAttribute("campaign", page.campaign());
		model.addAttribute("tab", TAB);
		model.addAttribute("exemplar", page.exemplar());
		model.addAttribute("actions", page.actions());
		model.addAttribute("replicationUnits", page.replicationUnits());
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", DecisionForm.of(page.exemplar().publishable(), version));
		}
		if (!model.containsAttribute("returnForm")) {
			model.addAttribute("returnForm", ReasonForm.empty(version));
		}
		if (!model.containsAttribute("replicationForm")) {
			model.addAttribute("replicationForm", ReplicationForm.empty());
		}
		if (!model.containsAttribute("photoForm")) {
			model.addAttribute("photoForm", PhotoForm.empty());
		}
		return "exemplar/view";
	}

	static String view(Long campaignId, Long exemplarId) {
		return "redirect:/campaigns/" + campaignId + "/exemplars/" + exemplarId;
	}
}
