package cn.gongji.portal.family;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The commitment letter (承诺书, D7) currently in force. The Chinese text is the one signed; its SHA-256 hash is
 * stored with each signature so that the exact wording can be proved later.
 */
@Component
public class CommitmentLetter {

    public static final String VERSION = "2026-1";

    private final String chinese;
    private final String english;
    private final String textHash;

    public CommitmentLetter() {
        this.chinese = read("commitment/letter-" + VERSION + "_zh_CN.txt");
        this.english = read("commitment/letter-" + VERSION + "_en.txt");
        this.textHash = sha256(chinese);
    }

    /** The full text to show before signing: English when asked for, Chinese otherwise. */
    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : chinese;
    }

    public String version() {
        return VERSION;
    }

    public String textHash() {
        return textHash;
    }

    private static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
