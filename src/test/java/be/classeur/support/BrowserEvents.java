package be.classeur.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.server.communication.rpc.EventRpcHandler;
import com.vaadin.flow.shared.JsonConstants;
import tools.jackson.databind.node.ObjectNode;

/**
 * DOM events as the browser sends them, handed to Flow's own RPC handler: like a real request, it drops an event for an
 * element that is disabled, detached or behind a modal dialog. Several events sent by one call reach the server in one
 * round trip, before its answer (what a double click, or a click repeated before the page reacts, sends). Browserless
 * testers fire component events directly and cannot show that.
 */
public final class BrowserEvents {
    private BrowserEvents() {
    }

    /** {@code count} clicks on the component, all before the server answers. */
    public static void clicksInOneRoundTrip(Component target, int count) {
        for (int i = 0; i < count; i++) {
            ObjectNode data = JacksonUtils.createObjectNode();
            for (String key : new String[] {"event.screenX", "event.screenY", "event.clientX", "event.clientY", "event.button"}) {
                data.put(key, 0);
            }
            data.put("event.detail", i + 1); // the browser counts the clicks of a double click
            for (String key : new String[] {"event.ctrlKey", "event.shiftKey", "event.altKey", "event.metaKey"}) {
                data.put(key, false);
            }
            send(target, "click", data);
        }
    }

    /** {@code count} events of this type without data on the component (e.g. a confirm dialog's "confirm"). */
    public static void eventsInOneRoundTrip(Component target, String type, int count) {
        for (int i = 0; i < count; i++) {
            send(target, type, JacksonUtils.createObjectNode());
        }
    }

    private static void send(Component target, String type, ObjectNode data) {
        ObjectNode invocation = JacksonUtils.createObjectNode();
        invocation.put(JsonConstants.RPC_TYPE, JsonConstants.RPC_TYPE_EVENT);
        invocation.put(JsonConstants.RPC_NODE, target.getElement().getNode().getId());
        invocation.put(JsonConstants.RPC_EVENT_TYPE, type);
        invocation.set(JsonConstants.RPC_EVENT_DATA, data);
        new EventRpcHandler().handle(UI.getCurrent(), invocation).ifPresent(Runnable::run);
    }
}
