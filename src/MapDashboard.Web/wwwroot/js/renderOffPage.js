// Render batches applied out of the page. Blazor builds what a batch adds element by element, each put into its parent
// before its own children (BrowserRenderer), so every node goes into the live page and schedules style invalidation;
// Lighthouse records its phone trace with invalidation tracking, a script stack trace for each (bench/README.md, "Out
// of the page"). The circuit's first render, which throws the prerendered page away and builds it again, and the
// practice list's first render were the longest tasks left on a phone (bench/README.md, "Render batches out of the
// page"). While such a batch is applied, the part it fills is out of the page, where Blazor builds the same nodes
// untracked and unstyled; it goes back in one insertion before the browser can paint or handle input.
//   The page's root (data-page-root, App.razor), for the circuit's first render.
//   A slot (data-fill-off-page) until it is filled: while it has no element child, or, when the attribute names a
//   selector, none that matches it (the practice list's table until its first rows). A slot is its parent's only child,
//   so that Blazor, which knows nothing of this, never puts a node beside it or takes it out while it is out of the page.
//   One that holds the focus stays in.
import { takeOffPage } from './map/offPage.js';

// What SignalR calls an invocation: a hub method the server calls on the client (MessageType.Invocation).
const INVOCATION = 1;
const RENDER_BATCH = 'JS.RenderBatch';
// What is applied out of the page: render batches, and the root components attached before the first. None of it
// reads the layout or looks elements up in the document; a script call (JS.BeginInvokeJS) may.
const APPLIED_OUT_OF_PAGE = new Set(['JS.AttachComponent', RENDER_BATCH, 'JS.EndUpdateRootComponents']);
// Client methods of this module's own, put into the messages read around a run of batches.
const TAKE_OUT = 'mapdash.takeOutForRender';
const PUT_BACK = 'mapdash.putBackAfterRender';
// The circuit renders two roots first: the head's (a few hundred bytes) and the page's (tens of KB), in either order
// and not always in the same read. The first of the first two batches this large is the page's.
const FIRST_RENDER_BYTES = 2048;
const FIRST_RENDER_CANDIDATES = 2;

// For Blazor.start({ circuit: { configureSignalR } }). Blazor has given its connection builder the hub protocol when
// it calls this: the protocol is wrapped, so the messages read carry two more around each run of render batches
// (SignalR hands each message to its handler in turn, in the task that read them, and Blazor applies a batch in its
// handler's first, synchronous part).
export function renderOffPage(document) {
    let batches = 0;
    let putBack = [];
    return (builder) => {
        const inner = builder.protocol;
        if (!inner) return;
        builder.withHubProtocol({
            name: inner.name,
            version: inner.version,
            transferFormat: inner.transferFormat,
            writeMessage: (message) => inner.writeMessage(message),
            parseMessages(input, logger) {
                const messages = inner.parseMessages(input, logger);
                const first = messages.findIndex(isRenderBatch);
                if (first < 0) return messages;
                return around(messages, first, batches < FIRST_RENDER_CANDIDATES ? firstRenderAt(messages) : -1);
            },
        });
        const build = builder.build.bind(builder);
        builder.build = () => {
            const connection = build();
            connection.on(TAKE_OUT, (page) => { putBack = page ? takePageOut(document) : takeUnfilledSlotsOut(document); });
            connection.on(PUT_BACK, () => {
                for (const put of putBack) put();
                putBack = [];
            });
            return connection;
        };
    };

    // Index of the page's first render batch among messages, or -1.
    function firstRenderAt(messages) {
        for (let i = 0; i < messages.length && batches < FIRST_RENDER_CANDIDATES; i++) {
            if (!isRenderBatch(messages[i])) continue;
            batches++;
            if (messages[i].arguments[1]?.byteLength >= FIRST_RENDER_BYTES) {
                batches = FIRST_RENDER_CANDIDATES;
                return i;
            }
        }
        return -1;
    }
}

const isRenderBatch = (message) => message.type === INVOCATION && message.target === RENDER_BATCH;
const appliableOutOfPage = (message) => message.type === INVOCATION && APPLIED_OUT_OF_PAGE.has(message.target);
const invocation = (target, ...args) => ({ type: INVOCATION, target, arguments: args });

// Each run of messages applied out of the page that holds a render batch gets TAKE_OUT before it and PUT_BACK after
// it; the run holding the page's first render (index page, or -1) takes the page out, the others the unfilled slots.
function around(messages, first, page) {
    const out = messages.slice(0, first);
    let open = false;
    for (let i = first; i < messages.length; i++) {
        const message = messages[i];
        if (open && !appliableOutOfPage(message)) {
            out.push(invocation(PUT_BACK));
            open = false;
        }
        if (!open && isRenderBatch(message)) {
            const withPage = page >= i && runEnd(messages, i) > page;
            out.push(invocation(TAKE_OUT, withPage));
            open = true;
        }
        out.push(message);
    }
    if (open) out.push(invocation(PUT_BACK));
    return out;
}

function runEnd(messages, from) {
    let end = from;
    while (end < messages.length && appliableOutOfPage(messages[end])) end++;
    return end;
}

function takePageOut(document) {
    const root = document.querySelector('[data-page-root]');
    if (!root) return [];
    return [takeOffPage(root)];
}

function takeUnfilledSlotsOut(document) {
    return [...document.querySelectorAll('[data-fill-off-page]')].filter((slot) => !filled(slot) && !slot.contains(document.activeElement))
        .map(takeOffPage);
}

const filled = (slot) => (slot.dataset.fillOffPage ? slot.querySelector(slot.dataset.fillOffPage) : slot.firstElementChild) !== null;
