package uk.lantern.reporting.common.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import uk.lantern.reporting.common.domain.CsvDocument;

/** Writes an answer that has a CSV form as {@code text/csv; charset=UTF-8} (RFC 4180). Never reads. */
public class CsvConverter extends AbstractHttpMessageConverter<CsvDocument> {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    public CsvConverter() {
        super(StandardCharsets.UTF_8, TEXT_CSV);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return CsvDocument.class.isAssignableFrom(type);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected CsvDocument readInternal(Class<? extends CsvDocument> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV is not read", input);
    }

    @Override
    protected void writeInternal(CsvDocument document, HttpOutputMessage output) throws IOException {
        output.getBody().write(document.csv().getBytes(StandardCharsets.UTF_8));
    }
}
