package vn.atgt.thidua.commendation;

import vn.atgt.thidua.common.i18n.Labelled;

/** An individual nominee's gender: the law asks to favour women (Luật 2022 Điều 5; Nghị định 152/2025 Điều 4). */
public enum Gender implements Labelled {
	FEMALE, MALE;

	@Override
	public String messageKey() {
		return "gender." + name();
	}
}
