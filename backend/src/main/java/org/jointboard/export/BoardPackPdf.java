package org.jointboard.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Lays a board pack out from its HTML template ({@code export/board-pack.html}, Thymeleaf) and makes it a tagged PDF
 * (PDF/UA) with openhtmltopdf: title, language, headings, bookmarks, table headers, and its one font embedded.
 */
final class BoardPackPdf {

    static final String FONT = "DejaVu Sans";
    private static final TemplateEngine TEMPLATES = templates();

    private BoardPackPdf() {
    }

    static String html(BoardPackContent content) {
        var context = new Context(java.util.Locale.UK);
        context.setVariable("pack", content);
        return TEMPLATES.process("board-pack", context);
    }

    static byte[] render(BoardPackContent content) {
        var out = new ByteArrayOutputStream(256 * 1024);
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html(content), BoardPackPdf.class.getResource("/export/").toExternalForm());
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        return BoardPackPdf.class.getResourceAsStream("/export/fonts/" + file);
    }

    private static TemplateEngine templates() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("export/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        var engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
