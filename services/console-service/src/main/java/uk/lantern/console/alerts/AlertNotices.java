package uk.lantern.console.alerts;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.util.HtmlUtils;

/**
 * The open boards of this console instance, each a server-sent events stream, and what tells them an alert changed.
 * An event carries no child's details: only a small htmx element that makes the board fetch its rows again, with
 * its own filter, marking the changed alert.
 */
@Component
class AlertNotices {

    /** The SSE event name the board listens for ({@code sse-swap="alert"}). */
    static final String EVENT = "alert";

    /** The SSE event that says whether live updates are on ({@code sse-swap="status"} on the board's status line). */
    static final String STATUS = "status";

    static final String HEARING = "Live: new and changed alerts appear here as they happen.";
    static final String PAUSED = "Live updates are paused: the console cannot hear new alerts just now. The list "
            + "below is still checked every few minutes; reload the page to check now.";

    private volatile boolean hearing;

    private record Board(SseEmitter emitter, String rowsUrl) {
    }

    private final List<Board> boards = new CopyOnWriteArrayList<>();

    /** @param rowsUrl the board's rows with its filter, e.g. {@code /alerts/rows?status=OPEN} */
    SseEmitter open(long timeoutMillis, String rowsUrl) {
        SseEmitter emitter = new SseEmitter(timeoutMillis);
        Board board = new Board(emitter, rowsUrl);
        boards.add(board);
        emitter.onCompletion(() -> boards.remove(board));
        emitter.onTimeout(() -> boards.remove(board));
        emitter.onError(e -> boards.remove(board));
        try {
            // the rows again as soon as the board listens: what changed between drawing the page and opening this
            // stream, or while a dropped stream was being opened again, is not missed
            emitter.send(SseEmitter.event().name(STATUS).data(status(hearing)));
            emitter.send(SseEmitter.event().name(EVENT).data(catchUp(rowsUrl)));
        } catch (IOException gone) {
            boards.remove(board);
        }
        return emitter;
    }

    int open() {
        return boards.size();
    }

    /** Whether this instance hears alerts now; open boards are told when that changes. */
    void hearing(boolean now) {
        if (now == hearing) {
            return;
        }
        hearing = now;
        for (Board board : boards) {
            try {
                board.emitter().send(SseEmitter.event().name(STATUS).data(status(now)));
            } catch (IOException | IllegalStateException gone) {
                boards.remove(board);
            }
        }
    }

    /** The status line's content: the paused words start in bold, so the change is seen as well as announced. */
    static String status(boolean hearing) {
        if (hearing) {
            return HtmlUtils.htmlEscape(HEARING);
        }
        int colon = PAUSED.indexOf(':') + 1;
        return "<strong>" + HtmlUtils.htmlEscape(PAUSED.substring(0, colon)) + "</strong>"
                + HtmlUtils.htmlEscape(PAUSED.substring(colon));
    }

    void tell(AlertNotice notice) {
        for (Board board : boards) {
            try {
                board.emitter().send(SseEmitter.event().name(EVENT).data(fetch(board.rowsUrl(), notice)));
            } catch (IOException | IllegalStateException gone) {
                boards.remove(board);
            }
        }
    }

    /** What the board swaps in: an element that, once loaded, fetches the board's rows marking the alert. */
    static String fetch(String rowsUrl, AlertNotice notice) {
        return fetch(rowsUrl, notice, 0);
    }

    /**
     * The same, asked again for the {@code asked}th time (after 0): a little later, the rows having still lacked the
     * change.
     */
    static String fetch(String rowsUrl, AlertNotice notice, int asked) {
        String url = rowsUrl + (rowsUrl.contains("?") ? "&" : "?") + "changed="
                + java.net.URLEncoder.encode(notice.alertId(), java.nio.charset.StandardCharsets.UTF_8)
                + "&change=" + notice.change().name()
                + (notice.changedAt() == null ? "" : "&changedAt=" + notice.changedAt())
                + (asked == 0 ? "" : "&asked=" + asked);
        return "<div hx-get=\"" + HtmlUtils.htmlEscape(url) + "\" hx-trigger=\"" + (asked == 0 ? "load" : "load delay:2s")
                + "\" hx-target=\"#alert-rows\" hx-swap=\"outerHTML\"></div>";
    }

    /** What the board swaps in when its stream opens: an element that fetches the board's rows once. */
    static String catchUp(String rowsUrl) {
        return "<div hx-get=\"" + HtmlUtils.htmlEscape(rowsUrl) + "\" hx-trigger=\"load\" hx-target=\"#alert-rows\" "
                + "hx-swap=\"outerHTML\"></div>";
    }

    void closeAll() {
        boards.forEach(board -> board.emitter().complete());
        boards.clear();
    }
}
