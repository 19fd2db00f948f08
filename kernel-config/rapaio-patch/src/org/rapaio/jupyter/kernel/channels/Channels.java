/*
 * Modified copy of org.rapaio.jupyter.kernel.channels.Channels from rapaio-jupyter-kernel 3.0.1
 * (MIT License, see kernel-config/rapaio-patch/NOTICE.md). Changed by lamp:
 *  - connect() registers the handlers and the kernel before any socket binds, and binds the sockets that have
 *    a loop (heartbeat, control, shell) last; upstream bound and started them first, so a request arriving in
 *    the gap ended the shell thread with a NullPointerException in getHandler;
 *  - each of the shell and control channels handles its requests in its own message context (parent message
 *    id, after-actions) and replies out of its own socket; upstream shared one of each, so an interrupt (on
 *    control) overwrote and then freed the running cell's parent id, ran the shell's pending "idle" early and
 *    sent its reply out of the shell socket, leaving the kernel mute until a restart;
 *  - the ROUTER sockets (shell, control, stdin) hand a reconnecting identity over to the new connection, as
 *    ipykernel's do; upstream dropped it, so a second client of the same KernelManager was never answered;
 *  - the request loop shared by both channels lives here (dispatch).
 * The public methods keep their upstream signatures: the rest of the kernel calls them unchanged.
 */
package org.rapaio.jupyter.kernel.channels;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Stack;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.rapaio.jupyter.kernel.core.ConnectionProperties;
import org.rapaio.jupyter.kernel.core.RapaioKernel;
import org.rapaio.jupyter.kernel.message.ContentType;
import org.rapaio.jupyter.kernel.message.HMACDigest;
import org.rapaio.jupyter.kernel.message.Message;
import org.rapaio.jupyter.kernel.message.MessageId;
import org.rapaio.jupyter.kernel.message.MessageType;
import org.rapaio.jupyter.kernel.message.messages.ErrorReply;
import org.rapaio.jupyter.kernel.message.messages.IOPubStatus;
import org.rapaio.jupyter.kernel.message.messages.IOPubStream;
import org.rapaio.org.zeromq.ZMQ;

@SuppressWarnings({"unchecked", "rawtypes"})
public final class Channels {

    private static final Logger LOGGER = Logger.getLogger(Channels.class.getSimpleName());

    /** How long the kernel waits, once shut down, for a shell request still running to end. */
    private static final long SHELL_JOIN_MILLIS = 2000;

    /**
     * What handling one request needs: the request's id (the parent of everything published and replied for it),
     * the actions to run after its handler, and the socket its replies go out of.
     */
    private static final class Context {
        final AbstractChannel replyChannel;
        final Stack<Runnable> afterActions = new Stack<>();
        volatile MessageId<?> msgId;

        Context(AbstractChannel replyChannel) {
            this.replyChannel = replyChannel;
        }
    }

    private final ConnectionProperties connProps;

    private final ZMQ.Context ctx;

    private final HeartbeatChannel heartbeat;
    private final ShellChannel shell;
    private final ControlChannel control;
    private final StdinChannel stdin;
    private final IOPubChannel iopub;

    /** Sockets in the order they bind: those without a loop first, those whose loop handles requests last. */
    private final List<AbstractChannel> channels;

    private final Context shellContext;
    private final Context controlContext;
    /**
     * The context of the request the current thread handles. Only the control thread sets it; every other thread
     * (the shell thread, the threads running a cell's code and the threads that code starts) works for the shell
     * request being handled, the only kind that runs user code.
     */
    private final ThreadLocal<Context> current = new ThreadLocal<>();

    private volatile Map<MessageType<?>, MessageHandler> handlers;

    private boolean isConnected = false;
    private volatile boolean requestShutdown = false;

    public Channels(ConnectionProperties connProps) throws NoSuchAlgorithmException, InvalidKeyException {
        this.connProps = connProps;
        ctx = ZMQ.context(1);

        HMACDigest hmacDigest = connProps.createHMACDigest();

        heartbeat = new HeartbeatChannel(this, ctx, hmacDigest);
        shell = new ShellChannel(this, ctx, hmacDigest, this);
        control = new ControlChannel(this, ctx, hmacDigest);
        stdin = new StdinChannel(this, ctx, hmacDigest);
        iopub = new IOPubChannel(this, ctx, hmacDigest);

        channels = List.of(iopub, stdin, heartbeat, control, shell);
        shellContext = new Context(shell);
        controlContext = new Context(control);
    }

    public void connect(RapaioKernel kernel) {
        if (!isConnected) {
            handlers = Map.ofEntries(
                    Map.entry(MessageType.SHELL_EXECUTE_REQUEST, (MessageHandler) kernel::handleExecuteRequest),
                    Map.entry(MessageType.SHELL_INSPECT_REQUEST, (MessageHandler) kernel::handleInspectRequest),
                    Map.entry(MessageType.SHELL_COMPLETE_REQUEST, (MessageHandler) kernel::handleCompleteRequest),
                    Map.entry(MessageType.SHELL_HISTORY_REQUEST, (MessageHandler) kernel::handleHistoryRequest),
                    Map.entry(MessageType.SHELL_IS_COMPLETE_REQUEST, (MessageHandler) kernel::handleIsCompleteRequest),
                    Map.entry(MessageType.SHELL_KERNEL_INFO_REQUEST, (MessageHandler) kernel::handleKernelInfoRequest),
                    Map.entry(MessageType.CONTROL_SHUTDOWN_REQUEST, (MessageHandler) kernel::handleShutdownRequest),
                    Map.entry(MessageType.CONTROL_INTERRUPT_REQUEST, (MessageHandler) kernel::handleInterruptRequest),
                    Map.entry(MessageType.CUSTOM_COMM_OPEN, (MessageHandler) kernel::handleCommOpenCommand),
                    Map.entry(MessageType.CUSTOM_COMM_MSG, (MessageHandler) kernel::handleCommMsgCommand),
                    Map.entry(MessageType.CUSTOM_COMM_CLOSE, (MessageHandler) kernel::handleCommCloseCommand),
                    Map.entry(MessageType.SHELL_COMM_INFO_REQUEST, (MessageHandler) kernel::handleCommInfoRequest));
            kernel.registerChannels(this);

            // A client that reconnects with the identity of an earlier connection (every client a
            // jupyter_client KernelManager makes shares its session, hence its identity) takes the connection
            // over, as in ipykernel; without it the ROUTER drops the newcomer and its requests go unanswered.
            for (AbstractChannel router : List.of(stdin, control, shell)) {
                router.socket.setRouterHandover(true);
            }
            iopub.bind(connProps);
            iopub.sendMessage(new Message<>(MessageType.IOPUB_STATUS, IOPubStatus.STARTING));
            stdin.bind(connProps);
            // each of these starts its loop: from here on requests are answered
            heartbeat.bind(connProps);
            control.bind(connProps);
            shell.bind(connProps);

            isConnected = true;
        }
    }

    /**
     * Handles one request that came in on the shell or control channel, in that channel's context: the handler
     * runs, then the actions it scheduled (its reply, "idle"), whatever the handler threw.
     */
    void dispatch(AbstractChannel from, Message<?> message) {
        Context context = from == control ? controlContext : shellContext;
        if (from == control) {
            current.set(controlContext);
        }
        var type = message.header().type();
        MessageHandler handler = getHandler(type);
        if (handler == null) {
            LOGGER.warning(from.logPrefix + "Unhandled message: " + type.name());
            return;
        }
        LOGGER.fine(from.logPrefix + "Handling message: " + type.name());
        context.msgId = message.getId();
        try {
            handler.handle(message);
        } catch (Exception e) {
            LOGGER.log(Level.SEVERE, from.logPrefix + "Exception handling " + type.name(), e);
        } finally {
            runAfterActions();
        }
        if (isMarkedForShutdown()) {
            LOGGER.fine(from.logPrefix + "Shutting down connection marked for shutdown.");
            close();
        }
    }

    private Context context() {
        Context c = current.get();
        return c != null ? c : shellContext;
    }

    public <T> MessageHandler<T> getHandler(MessageType<T> type) {
        Map<MessageType<?>, MessageHandler> h = handlers;
        return h == null ? null : h.get(type);
    }

    public void close() {
        channels.forEach(AbstractChannel::close);
        ctx.close();
    }

    /**
     * Waits until the kernel is shut down: until the control loop ends, then a little while for a shell request
     * that is still running (a cell that ignores interrupts must not keep a shut-down kernel alive).
     */
    public void joinUntilClose() {
        heartbeat.joinUntilClose();
        control.joinUntilClose();
        shell.joinUntilClose(SHELL_JOIN_MILLIS);
    }

    public boolean hasMsgId() {
        return context().msgId != null;
    }

    public void setMsgId(MessageId<?> msgId) {
        context().msgId = msgId;
    }

    public void freeMsgId() {
        context().msgId = null;
    }

    public void markForShutdown() {
        requestShutdown = true;
    }

    public boolean isMarkedForShutdown() {
        return requestShutdown;
    }

    public void writeToStdOut(String msg) {
        publish(new IOPubStream(IOPubStream.StreamName.OUT, msg));
    }

    public void writeToStdErr(String msg) {
        publish(new IOPubStream(IOPubStream.StreamName.ERR, msg));
    }

    public String readFromStdIn() {
        return stdin.getInput(context().msgId, "", false);
    }

    public <T extends ContentType<T>> void publish(T content) {
        iopub.sendMessage(new Message<>(context().msgId, content.type(), content));
    }

    public <T extends ContentType<T>> void reply(T content) {
        Context c = context();
        c.replyChannel.sendMessage(new Message<>(c.msgId, content.type(), content));
    }

    public void replyError(MessageType<?> type, ErrorReply error) {
        Context c = context();
        c.replyChannel.sendMessage(new Message(c.msgId, type, error));
    }

    public void scheduleAfter(Runnable action) {
        context().afterActions.push(action);
    }

    public void runAfterActions() {
        Stack<Runnable> actions = context().afterActions;
        while (!actions.isEmpty()) {
            Runnable action = actions.pop();
            try {
                action.run();
            } catch (RuntimeException e) {
                LOGGER.log(Level.SEVERE, "An action after a request failed", e);
            }
        }
    }

    public void busyThenIdle() {
        publish(IOPubStatus.BUSY);
        scheduleAfter(() -> publish(IOPubStatus.IDLE));
    }
}
