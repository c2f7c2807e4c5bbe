package vn.atgt.thidua.account;

import java.security.SecureRandom;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Generated one-time passwords for new or reset accounts. They carry about 71 bits of randomness, so a cheap BCrypt
 * cost is safe for them (guessing is hopeless whatever the hash speed) and keeps an import of hundreds of accounts
 * fast; the user replaces it at her first sign-in with a password hashed at full cost.
 */
public final class TemporaryPasswords {

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	private static final int LENGTH = 12;
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final BCryptPasswordEncoder CHEAP = new BCryptPasswordEncoder(4);

	private TemporaryPasswords() {
	}

	public static String generate() {
		StringBuilder password = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	static String hash(String temporaryPassword) {
		return CHEAP.encode(temporaryPassword);
	}
}
