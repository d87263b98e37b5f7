package dsw.app.eventlog;

import dsw.model.trace.DropReason;
import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import dsw.model.trace.TraceHeader;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * Tests events against the search text, ignoring case: an event matches when the text is part of
 * its process, its message's sender or receiver, its message's label or kind, its detail, or when
 * the text is its message's id ({@code m42} or {@code 42}). Remembers what it found per process,
 * message and text, so a pass over a million events builds few strings. Not thread-safe: one
 * worker uses it.
 */
final class EventSearch {
    private final Trace trace;
    private final String query;
    private final int messageId;
    private final boolean[] processMatches;
    private final Set<DropReason> dropMatches = EnumSet.noneOf(DropReason.class);
    private final boolean networkMatches;
    private final boolean environmentMatches;
    /** Per message: 0 not looked at yet, 1 no match, 2 match. */
    private byte[] messageMatches = new byte[1024];

    /** Per detail text (the trace interns them, so one object per distinct text): whether it matches. */
    private final IdentityHashMap<String, Boolean> textMatches = new IdentityHashMap<>();

    /** A search for {@code text} (not blank) in {@code trace}. */
    EventSearch(Trace trace, String text) {
        this.trace = trace;
        this.query = normalize(text);
        if (query.isEmpty()) {
            throw new IllegalArgumentException("nothing to search for");
        }
        this.messageId = parseId(query);
        TraceHeader header = trace.header();
        processMatches = new boolean[header.processCount()];
        for (int p = 0; p < processMatches.length; p++) {
            processMatches[p] = contains(header.processName(p));
        }
        for (DropReason reason : DropReason.values()) {
            if (contains("dropped (" + reason.wireName() + ")")) {
                dropMatches.add(reason);
            }
        }
        networkMatches = contains(EventText.NETWORK);
        environmentMatches = contains(EventText.ENVIRONMENT);
    }

    /** The search text as matched: trimmed, lower case. */
    static String normalize(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    boolean matches(int seq) {
        int p = trace.process(seq);
        EventType type = trace.type(seq);
        if (p >= 0 ? processMatches[p] : type == EventType.DROP ? networkMatches : environmentMatches) {
            return true;
        }
        int msg = trace.message(seq);
        if (msg >= 0 && messageMatches(msg)) {
            return true;
        }
        if (type == EventType.DROP && dropMatches.contains(trace.reason(seq))) {
            return true;
        }
        String detail = trace.detail(seq);
        return detail != null && textMatches.computeIfAbsent(detail, this::contains);
    }

    private boolean messageMatches(int msg) {
        if (msg >= messageMatches.length) {
            messageMatches = Arrays.copyOf(messageMatches, Math.max(msg + 1, messageMatches.length * 2));
        }
        byte known = messageMatches[msg];
        if (known == 0) {
            boolean match = msg == messageId
                    || processMatches[trace.messageFrom(msg)]
                    || processMatches[trace.messageTo(msg)]
                    || contains(trace.messageKind(msg).wireName())
                    || contains(trace.messageLabel(msg));
            known = match ? (byte) 2 : (byte) 1;
            messageMatches[msg] = known;
        }
        return known == 2;
    }

    private boolean contains(String text) {
        return text.toLowerCase(Locale.ROOT).contains(query);
    }

    /** The message id the query names ({@code m42} or {@code 42}), or -1. */
    private static int parseId(String query) {
        String digits = query.startsWith("m") ? query.substring(1) : query;
        if (digits.isEmpty() || digits.length() > 9) {
            return -1;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (!Character.isDigit(digits.charAt(i))) {
                return -1;
            }
        }
        return Integer.parseInt(digits);
    }
}
