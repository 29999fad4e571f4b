# ruff: noqa: E501  (template modules are mostly multilingual text tables)
"""Crypto pages. Scam: 'send X get 2X back' celebrity giveaways and doubler dashboards.
Legit: wallet docs, testnet faucets, donation pages of open-source projects, release notes, fee
pages — all of which also show addresses, amounts and the word 'free'."""

from __future__ import annotations

from datetime import timedelta

from .core import (
    REF_DATE,
    Doc,
    button,
    coin_address,
    comments_block,
    countdown_script,
    esc,
    faq,
    field_html,
    fmt_date,
    form,
    free_host_url,
    h,
    img,
    latin_slug,
    lookalike_url,
    p,
    person,
    rel_time,
    render_web,
    short_addr,
    slugify,
    std_footer,
    table,
    tx_hash,
    ul,
)

YEAR = 2026

CELEBS = [("Elon Musk", "Tesla", "CEO of Tesla and SpaceX"), ("Michael Saylor", "MicroStrategy", "Executive Chairman of MicroStrategy"),
          ("Vitalik Buterin", "Ethereum", "co-founder of Ethereum"), ("Brad Garlinghouse", "Ripple", "CEO of Ripple"),
          ("Changpeng Zhao", "Binance", "founder of Binance"), ("Cathie Wood", "ARK Invest", "CEO of ARK Invest"),
          ("Brian Armstrong", "Coinbase", "CEO of Coinbase"), ("Jack Dorsey", "Block", "co-founder of Block"),
          ("Elon Musk", "SpaceX", "founder of SpaceX"), ("Elon Musk", "X", "owner of X"), ("Richard Teng", "Binance", "CEO of Binance")]
#: coin: (min, max, total, decimals)
COINS = {"BTC": (0.1, 20, 5000, 2), "ETH": (1, 500, 100000, 1), "DOGE": (5000, 2000000, 100000000, 0), "XRP": (500, 100000, 100000000, 0),
         "SHIB": (10000000, 5000000000, 500000000000, 0), "USDT": (500, 250000, 50000000, 0), "SOL": (10, 2500, 250000, 0), "BNB": (1, 300, 50000, 1)}


def _amt(v: float, dec: int) -> str:
    if dec == 0:
        return f"{int(v):,}"
    return f"{v:,.{dec}f}".rstrip("0").rstrip(".")


CR = {
    "en": dict(h=["{celeb} × {brand} {coin} Giveaway {year}", "Official {brand} {coin} Event {year}", "Massive {total} {coin} Giveaway", "{coin} X2 Giveaway"],
               intro=["In celebration of {reason}, {celeb}, {role}, has decided to host a {total} {coin} giveaway. To participate, send between {min} and {max} {coin} to the contribution address below and you will immediately receive double ({min2} to {max2} {coin}) back to the address you sent it from.",
                      "Welcome to this unique event where you have the opportunity to double up (2x) your {coin}. A total of {total} {coin} will be given away. Take a moment to review the rules and don't miss out on this opportunity!",
                      "To speed up mass adoption of cryptocurrency, {brand} is running a {total} {coin} giveaway. Send from {min} to {max} {coin} and we will immediately send back {min2} to {max2} {coin} (x2) to the address you sent it from."],
               reasons=["Bitcoin reaching a new all-time high", "the launch of X Money", "our 10 millionth customer", "the new SpaceX mission to Mars", "the approval of the spot ETF"],
               rules="Rules", rule_row="If you send {a} {coin}, you will get {b} {coin} back", bonus="Extra bonuses", part="Participate",
               addr="Send {coin} to the following address:", copy="Copy address", wait="Waiting for your transaction…", ends="Event ends in",
               left="{coin} left in pool", tx="Live transactions", txh=["TX hash", "From", "Amount", "Status", "Time"], done="Completed",
               faqh="FAQ", faq=[("Is this giveaway legit?", "Yes, this is an official event. Thousands of people have already received their double back."),
                                ("How long does it take?", "Once we receive your transaction, the outgoing transaction is processed within 5–20 minutes."),
                                ("Can I participate more than once?", "You can only participate once per wallet address."),
                                ("What if I send after the event ends?", "Every transaction sent too late is immediately sent back.")],
               quote="“We believe that {coin} will make the world fairer. This is our way of giving back to the community.”",
               nav=["Home", "Rules", "Participate", "Transactions", "FAQ"], only="You can only participate once!",
               note="No registration required. Any wallet or exchange can be used."),
    "es": dict(h=["Sorteo {coin} {celeb} × {brand} {year}", "Evento oficial {brand} {coin} {year}"],
               intro=["Para celebrar {reason}, {celeb} organiza un sorteo de {total} {coin}. Para participar envía entre {min} y {max} {coin} a la dirección de contribución y recibirás inmediatamente el doble ({min2} a {max2} {coin}) en la dirección desde la que enviaste."],
               reasons=["el nuevo máximo histórico de Bitcoin", "nuestro cliente número 10 millones"], rules="Reglas", rule_row="Si envías {a} {coin}, recibirás {b} {coin}",
               bonus="Bonos extra", part="Participar", addr="Envía {coin} a la siguiente dirección:", copy="Copiar dirección", wait="Esperando tu transacción…",
               ends="El evento termina en", left="{coin} restantes", tx="Transacciones en vivo", txh=["Hash", "Desde", "Cantidad", "Estado", "Hora"], done="Completada",
               faqh="Preguntas frecuentes", faq=[("¿Es legítimo?", "Sí, es un evento oficial."), ("¿Cuánto tarda?", "Entre 5 y 20 minutos.")],
               quote="«Creemos que {coin} hará el mundo más justo.»", nav=["Inicio", "Reglas", "Participar", "Transacciones"], only="¡Solo puedes participar una vez!",
               note="Sin registro. Puedes usar cualquier wallet o exchange."),
    "pt": dict(h=["Sorteio {coin} {celeb} × {brand} {year}", "Evento oficial {brand} {coin} {year}"],
               intro=["Para comemorar {reason}, {celeb} vai distribuir {total} {coin}. Para participar, envie de {min} a {max} {coin} para o endereço abaixo e receba imediatamente o dobro ({min2} a {max2} {coin}) no endereço de origem."],
               reasons=["a nova máxima histórica do Bitcoin", "o nosso cliente de número 10 milhões"], rules="Regras", rule_row="Se você enviar {a} {coin}, receberá {b} {coin}",
               bonus="Bônus extras", part="Participar", addr="Envie {coin} para o endereço:", copy="Copiar endereço", wait="Aguardando sua transação…",
               ends="O evento termina em", left="{coin} restantes", tx="Transações ao vivo", txh=["Hash", "De", "Valor", "Status", "Hora"], done="Concluída",
               faqh="Perguntas frequentes", faq=[("É confiável?", "Sim, é um evento oficial."), ("Quanto tempo demora?", "De 5 a 20 minutos.")],
               quote="“Acreditamos que o {coin} tornará o mundo mais justo.”", nav=["Início", "Regras", "Participar", "Transações"], only="Você só pode participar uma vez!",
               note="Sem cadastro. Use qualquer carteira ou corretora."),
    "de": dict(h=["{celeb} × {brand} {coin}-Giveaway {year}", "Offizielles {brand} {coin}-Event {year}"],
               intro=["Anlässlich {reason} veranstaltet {celeb} ein Giveaway über {total} {coin}. Sende zwischen {min} und {max} {coin} an die unten stehende Adresse und du erhältst sofort das Doppelte ({min2} bis {max2} {coin}) an deine Absenderadresse zurück."],
               reasons=["des neuen Bitcoin-Allzeithochs", "unseres 10-millionsten Kunden"], rules="Regeln", rule_row="Sendest du {a} {coin}, erhältst du {b} {coin} zurück",
               bonus="Extra-Boni", part="Teilnehmen", addr="Sende {coin} an folgende Adresse:", copy="Adresse kopieren", wait="Warte auf deine Transaktion…",
               ends="Event endet in", left="{coin} im Pool", tx="Live-Transaktionen", txh=["TX-Hash", "Von", "Betrag", "Status", "Zeit"], done="Abgeschlossen",
               faqh="FAQ", faq=[("Ist das seriös?", "Ja, das ist ein offizielles Event."), ("Wie lange dauert es?", "5–20 Minuten.")],
               quote="„Wir glauben, dass {coin} die Welt gerechter macht.“", nav=["Start", "Regeln", "Teilnehmen", "Transaktionen"], only="Nur eine Teilnahme pro Wallet!",
               note="Keine Registrierung nötig."),
    "ru": dict(h=["Раздача {coin} от {celeb} × {brand} {year}", "Официальное событие {brand}: {coin} x2"],
               intro=["В честь {reason} {celeb} проводит раздачу {total} {coin}. Отправьте от {min} до {max} {coin} на адрес ниже и сразу получите вдвое больше ({min2}–{max2} {coin}) на адрес отправителя."],
               reasons=["нового исторического максимума биткоина", "10-миллионного клиента"], rules="Правила", rule_row="Отправьте {a} {coin} — получите {b} {coin}",
               bonus="Дополнительные бонусы", part="Участвовать", addr="Отправьте {coin} на адрес:", copy="Скопировать адрес", wait="Ожидаем вашу транзакцию…",
               ends="До конца события", left="{coin} осталось", tx="Транзакции в реальном времени", txh=["Хэш", "От", "Сумма", "Статус", "Время"], done="Выполнено",
               faqh="Вопросы", faq=[("Это не обман?", "Нет, это официальное событие."), ("Сколько ждать?", "5–20 минут.")],
               quote="«Мы верим, что {coin} сделает мир справедливее.»", nav=["Главная", "Правила", "Участвовать", "Транзакции"], only="Участвовать можно только один раз!",
               note="Регистрация не нужна."),
    "tr": dict(h=["{celeb} × {brand} {coin} Çekilişi {year}", "Resmi {brand} {coin} Etkinliği"],
               intro=["{reason} şerefine {celeb} {total} {coin} dağıtıyor. Katılmak için aşağıdaki adrese {min} ile {max} {coin} arası gönder, gönderdiğin adrese anında iki katı ({min2}–{max2} {coin}) geri gelsin."],
               reasons=["Bitcoin'in yeni rekoru", "10 milyonuncu müşterimiz"], rules="Kurallar", rule_row="{a} {coin} gönderirsen {b} {coin} geri alırsın",
               bonus="Ekstra bonuslar", part="Katıl", addr="{coin} gönderilecek adres:", copy="Adresi kopyala", wait="İşleminiz bekleniyor…",
               ends="Etkinliğin bitmesine", left="{coin} havuzda kaldı", tx="Canlı işlemler", txh=["Hash", "Gönderen", "Miktar", "Durum", "Zaman"], done="Tamamlandı",
               faqh="SSS", faq=[("Güvenilir mi?", "Evet, bu resmi bir etkinliktir.")], quote="“{coin} dünyayı daha adil yapacak.”",
               nav=["Ana sayfa", "Kurallar", "Katıl", "İşlemler"], only="Yalnızca bir kez katılabilirsiniz!", note="Kayıt gerekmez."),
    "fr": dict(h=["Giveaway {coin} {celeb} × {brand} {year}", "Événement officiel {brand} {coin}"],
               intro=["Pour célébrer {reason}, {celeb} organise un giveaway de {total} {coin}. Envoyez entre {min} et {max} {coin} à l'adresse ci-dessous et recevez immédiatement le double ({min2} à {max2} {coin})."],
               reasons=["le nouveau record historique du Bitcoin", "notre 10 millionième client"], rules="Règles", rule_row="Envoyez {a} {coin}, recevez {b} {coin}",
               bonus="Bonus", part="Participer", addr="Envoyez {coin} à l'adresse suivante :", copy="Copier l'adresse", wait="En attente de votre transaction…",
               ends="Fin de l'événement dans", left="{coin} restants", tx="Transactions en direct", txh=["Hash", "De", "Montant", "Statut", "Heure"], done="Terminée",
               faqh="FAQ", faq=[("Est-ce fiable ?", "Oui, c'est un événement officiel.")], quote="« Nous pensons que le {coin} rendra le monde plus juste. »",
               nav=["Accueil", "Règles", "Participer", "Transactions"], only="Une seule participation par adresse !", note="Aucune inscription requise."),
}


def crypto_doubling_event(ctx) -> dict:
    T = CR[ctx.lang]
    celeb, brand, role = ctx.pick(CELEBS)
    coins = ctx.sample(list(COINS), ctx.pick([1, 1, 2, 3]))
    coin = coins[0]
    mn, mx, total, dec = COINS[coin]
    kw = dict(celeb=celeb, brand=brand, role=role, coin=coin, year=YEAR, total=_amt(total, 0), min=_amt(mn, dec), max=_amt(mx, dec),
              min2=_amt(mn * 2, dec), max2=_amt(mx * 2, dec), reason=ctx.pick(T["reasons"]))
    title = ctx.pick(T["h"], **kw)
    parts = [h(ctx, 1, esc(title), "title"), p(ctx, esc(ctx.pick(T["intro"], **kw)))]
    if ctx.chance(0.5):
        parts.insert(0, img(ctx, celeb, celeb))
    if ctx.chance(0.5):
        parts.append(f"<blockquote>{esc(T['quote'].format(**kw))}<cite>— {esc(celeb)}</cite></blockquote>")
    steps = [mn, mn * 5, mn * 10, mn * 25, mn * 50, mx]
    rules = "".join(f"<li>{esc(T['rule_row'].format(a=_amt(a, dec), b=_amt(a * 2, dec), coin=coin))}</li>" for a in steps[: ctx.randint(3, 6)])
    parts.append(f'<section id="rules"><h2>{T["rules"]}</h2><ul>{rules}</ul><p><b>{T["only"]}</b></p></section>')
    if ctx.chance(0.5):
        parts.append(f"<h3>{T['bonus']}</h3>" + ul(ctx, [f"{_amt(mn * m, dec)} {coin} = {b}% bonus" for m, b in [(10, 5), (20, 10), (50, 20), (100, 30)]]))
    boxes = []
    for c in coins:
        a = coin_address(ctx, c)
        qr = f"https://api.qrserver.com/v1/create-qr-code/?size=200x200&amp;data={a}" if ctx.chance(0.6) else f"img/qr-{c.lower()}.png"
        boxes.append(f'<div{ctx.cls("card")}><p>{esc(T["addr"].format(coin=c))}</p><img src="{qr}" alt="QR {c}"><p><code id="addr-{c.lower()}">{a}</code></p>'
                     f'<button onclick="navigator.clipboard.writeText(\'{a}\')"{ctx.cls("btn")}>{T["copy"]}</button><p class="waiting">⏳ {T["wait"]}</p></div>')
    parts.append(f'<section id="participate"><h2>{T["part"]}</h2>{"".join(boxes)}<p{ctx.cls("muted")}>{T["note"]}</p></section>')
    if ctx.chance(0.8):
        pool_left = total * ctx.rng.uniform(0.05, 0.6)
        pct = int(100 - pool_left / total * 100)
        parts.append(f'<div{ctx.cls("progress")}><div{ctx.cls("bar")} style="width:{pct}%"></div></div><p>{_amt(pool_left, dec)} {T["left"].format(coin=coin)}</p>')
        parts.append(f'<p>{T["ends"]} <span id="cd">0{ctx.randint(0, 5)}:{ctx.randint(10, 59)}:{ctx.randint(10, 59)}</span></p>')
    if ctx.chance(0.8):
        rows = []
        for _ in range(ctx.randint(4, 14)):
            a = mn * ctx.pick([1, 1.5, 2, 3, 5, 8, 10, 20])
            out = ctx.chance(0.5)
            rows.append([f"<code>{short_addr(tx_hash(ctx, coin))}</code>", f"<code>{short_addr(coin_address(ctx, coin))}</code>",
                         f"{'+' if out else ''}{_amt(a * (2 if out else 1), dec)} {coin}", T["done"], rel_time(ctx, "en")])
        parts.append(f'<section id="transactions"><h2>{T["tx"]}</h2>{table(ctx, T["txh"], rows)}</section>')
    if ctx.chance(0.6):
        parts.append(f"<section id=\"faq\"><h2>{T['faqh']}</h2>{faq(ctx, T['faq'])}</section>")
    if ctx.chance(0.3):
        parts.append(comments_block(ctx, [(person(ctx), ctx.pick(["Received 2 ETH back, thank you!!", "Legit! Got my BTC in 10 min", "Sent 0.5 and got 1.0 back 🚀",
                                                                  "Thanks Elon!", "Working 100%"]), rel_time(ctx, "en")) for _ in range(ctx.randint(3, 8))]))
    if ctx.chance(0.3):
        # "transaction check" / wallet-connect form variant
        parts.append(form(ctx, ['<input type="text" name="wallet" placeholder="Paste your wallet address…">'], ctx.pick(["Check", "Verify", "Claim"])))
    links, ftext = std_footer(ctx, brand)
    doc = Doc(title=title, main="".join(parts), site=f"{brand} {coin}", nav=T["nav"], footer_links=links, footer_text=ftext,
              body_end=countdown_script(ctx, "cd", ctx.randint(20, 180)) if 'id="cd"' in "".join(parts) else "",
              meta_desc=esc(title), og_image=f"https://i.imgur.com/{ctx.alnum(7)}.png")
    b = slugify(brand).replace("-", "")
    r = ctx.rng.random()
    url = ("" if r < 0.15 else lookalike_url(ctx, [b, ctx.pick(["event", "giveaway", "x2", coin.lower(), "official", "promo"])]) if r < 0.6 else
           free_host_url(ctx, f"{coin.lower()}-{ctx.pick(['giveaway', 'x2', 'event'])}", "") if r < 0.85 else
           f"https://{b}-{coin.lower()}.{ctx.pick(['com', 'net', 'io', 'org', 'live'])}/")
    return dict(html=render_web(ctx, doc, skin=ctx.pick(["bootstrap", "modern", "card", "plain"])), url=url, page_created="")


DB = {
    "en": dict(h=["Double Your Bitcoin in {hrs} Hours", "Bitcoin Doubler – 100% Guaranteed", "{name} – Double your crypto"],
               lim="Min: {min} BTC · Max: {max} BTC · Return: 200%", how="How it works",
               steps=["Enter your Bitcoin address to log in (no password needed).", "Send any amount between {min} and {max} BTC to your personal deposit address.",
                      "Receive double the amount back in {hrs} hours — automatically."],
               login="Your BTC wallet address", go="Start doubling", pay="Recent payouts", stats="Members: {m} · Running days: {d} · Total paid: {t} BTC",
               ref="Referral program: earn 10% of every deposit made by people you invite.", secure="Our system uses an arbitrage exploit between exchanges to generate profit."),
    "ru": dict(h=["Удвоение биткоинов за {hrs} часов", "{name} — удвоитель криптовалюты"], lim="Мин: {min} BTC · Макс: {max} BTC · Доход: 200%", how="Как это работает",
               steps=["Введите ваш биткоин-адрес для входа.", "Отправьте от {min} до {max} BTC на личный адрес пополнения.", "Получите двойную сумму через {hrs} часов автоматически."],
               login="Ваш BTC-адрес", go="Начать", pay="Последние выплаты", stats="Участников: {m} · Дней работы: {d} · Выплачено: {t} BTC",
               ref="Реферальная программа: 10% с каждого депозита приглашённых.", secure="Система использует арбитраж между биржами."),
    "es": dict(h=["Duplica tu Bitcoin en {hrs} horas", "{name} – Duplicador de Bitcoin"], lim="Mín: {min} BTC · Máx: {max} BTC · Retorno: 200%", how="Cómo funciona",
               steps=["Introduce tu dirección Bitcoin para entrar.", "Envía entre {min} y {max} BTC a tu dirección de depósito.", "Recibe el doble en {hrs} horas automáticamente."],
               login="Tu dirección BTC", go="Empezar", pay="Últimos pagos", stats="Miembros: {m} · Días activos: {d} · Total pagado: {t} BTC",
               ref="Programa de referidos: gana el 10% de cada depósito.", secure="Nuestro sistema usa arbitraje entre exchanges."),
    "pt": dict(h=["Dobre seu Bitcoin em {hrs} horas", "{name} – Dobrador de Bitcoin"], lim="Mín: {min} BTC · Máx: {max} BTC · Retorno: 200%", how="Como funciona",
               steps=["Informe seu endereço Bitcoin para entrar.", "Envie entre {min} e {max} BTC para seu endereço de depósito.", "Receba o dobro em {hrs} horas automaticamente."],
               login="Seu endereço BTC", go="Começar", pay="Últimos pagamentos", stats="Membros: {m} · Dias online: {d} · Total pago: {t} BTC",
               ref="Programa de indicação: ganhe 10% de cada depósito.", secure="Nosso sistema usa arbitragem entre corretoras."),
    "tr": dict(h=["Bitcoin'ini {hrs} saatte ikiye katla", "{name} – Bitcoin Katlayıcı"], lim="Min: {min} BTC · Maks: {max} BTC · Getiri: %200", how="Nasıl çalışır",
               steps=["Giriş için Bitcoin adresini gir.", "{min}-{max} BTC arası yatır.", "{hrs} saat içinde iki katını otomatik al."],
               login="BTC adresin", go="Başla", pay="Son ödemeler", stats="Üye: {m} · Gün: {d} · Ödenen: {t} BTC", ref="Referans: her yatırımın %10'u.", secure="Borsalar arası arbitraj."),
}


def crypto_doubler_dashboard(ctx) -> dict:
    T = DB[ctx.lang]
    name = ctx.pick(["DoubleBits", "BTC Doubler", "Bitcoin Systems", "CryptoX2", "2xCoin", "BitMultiply", "Satoshi Doubler"])
    kw = dict(hrs=ctx.pick([3, 12, 24, 48]), min=ctx.pick(["0.001", "0.005", "0.01"]), max=ctx.pick(["1", "2", "5"]), name=name)
    parts = [h(ctx, 1, esc(ctx.pick(T["h"], **kw)), "title"), p(ctx, T["lim"].format(**kw), "subtitle"),
             h(ctx, 2, T["how"]), ul(ctx, [esc(s.format(**kw)) for s in T["steps"]], ordered=True),
             form(ctx, [field_html(ctx, "wallet", label=T["login"])], T["go"], action=ctx.pick(["/login", "dashboard.ejs", "#"]))]
    if ctx.chance(0.5):
        parts.append(f"<p>Deposit address: <code>{coin_address(ctx, 'BTC')}</code></p>")
    rows = [[f"<code>{short_addr(coin_address(ctx, 'BTC'))}</code>", f"{ctx.rng.uniform(0.002, 1.8):.4f} BTC", f"{ctx.rng.uniform(0.004, 3.6):.4f} BTC", rel_time(ctx, "en")]
            for _ in range(ctx.randint(4, 10))]
    parts += [h(ctx, 2, T["pay"]), table(ctx, ["Address", "Deposit", "Payout", "Time"], rows),
              p(ctx, T["stats"].format(m=f"{ctx.randint(3000, 90000):,}", d=ctx.randint(30, 900), t=f"{ctx.rng.uniform(100, 9000):,.2f}"))]
    if ctx.chance(0.6):
        parts.append(p(ctx, T["ref"]))
    if ctx.chance(0.5):
        parts.append(p(ctx, T["secure"], "muted"))
    links, ftext = std_footer(ctx, name)
    doc = Doc(title=f"{name} – {ctx.pick(T['h'], **kw)}", main="".join(parts), site=name, nav=[ctx.ui["home"], "FAQ", "Payouts", "Referral", ctx.ui["login"]][: ctx.randint(2, 5)],
              footer_links=links, footer_text=ftext)
    url = ctx.pick(["", lookalike_url(ctx, [slugify(name).replace("-", "")]), f"https://{slugify(name)}.now.sh/", free_host_url(ctx, slugify(name))])
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# LEGIT crypto pages
# ---------------------------------------------------------------------------------------
PROJECTS = ["Electrum", "Sparrow Wallet", "BTCPay Server", "Bisq", "Monero GUI", "Ledger Live", "Trezor Suite", "MetaMask", "Rabby", "Exodus",
            "Blockstream Green", "Cake Wallet", "OpenDime", "Nunchuk", "Specter Desktop"]
LC = {
    "en": dict(
        backup_h="How to back up your wallet", backup=["When you create a wallet, you are shown a recovery phrase of 12 or 24 words. Write it down on paper and store it somewhere safe.",
                                                        "Anyone who knows your recovery phrase can take your funds. Never type it into a website, never share it with support staff and never store it in a screenshot."],
        recv_h="Receiving coins", recv="Open the Receive tab to see your address. A Bitcoin address looks like <code>{btc}</code>; an Ethereum address looks like <code>{eth}</code>. Addresses are case-sensitive; always copy and paste them.",
        fees_h="Network fees", fees="Every transaction pays a fee to miners or validators. Fees depend on network congestion, not on the amount you send.",
        scam_h="Avoiding scams", scam=["No one can double your crypto. “Giveaways” that ask you to send coins first and promise to send twice as much back are always scams, even when they use the name or video of a famous person.",
                                       "We will never contact you first, never ask for your recovery phrase and never ask you to 'validate' or 'synchronise' your wallet on a website."],
        faucet_h="{net} Faucet", faucet=["Get free test {tok} for development on the {net} testnet. Test tokens have no monetary value.",
                                         "Enter your wallet address below. You can request {amt} {tok} every 24 hours. To prevent abuse, your address must hold at least 0.001 ETH on mainnet."],
        faucet_btn="Send me test {tok}", don_h="Support development", don=["{proj} is free and open-source software maintained by volunteers. If you find it useful, you can support development with a donation.",
                                                                          "Donations are used for infrastructure, security audits and contributor grants. We publish a yearly report of how funds were used."],
        rel_h="{proj} {ver} released", rel=["We are happy to announce the release of {proj} {ver}. This release fixes several bugs and improves hardware wallet support.",
                                             "Always verify the signature of the download before installing. Checksums are published in the SHA256SUMS file signed by the maintainers."],
        chg="Changes", changes=["Added support for Taproot descriptors", "Improved fee estimation", "Fixed a crash on startup on some Linux systems", "Updated translations"],
        dl="Download", fee_h="Deposit and withdrawal fees", feeh=["Asset", "Deposit", "Minimum withdrawal", "Withdrawal fee"], free="Free"),
    "es": dict(backup_h="Cómo hacer una copia de seguridad", backup=["Al crear la cartera verás una frase de recuperación de 12 o 24 palabras. Escríbela en papel y guárdala en un lugar seguro.",
                                                                    "Quien conozca tu frase puede llevarse tus fondos. Nunca la escribas en una web ni la compartas con soporte."],
               recv_h="Recibir monedas", recv="En la pestaña Recibir verás tu dirección. Una dirección Bitcoin se parece a <code>{btc}</code>.",
               fees_h="Comisiones de red", fees="Cada transacción paga una comisión que depende de la congestión de la red.",
               scam_h="Evita estafas", scam=["Nadie puede duplicar tus criptomonedas. Los «sorteos» que te piden enviar monedas primero para devolverte el doble son siempre estafas, aunque usen el nombre de un famoso."],
               faucet_h="Faucet de {net}", faucet=["Consigue {tok} de prueba gratis para desarrollar en la testnet {net}. No tienen valor monetario."], faucet_btn="Enviarme {tok} de prueba",
               don_h="Apoya el desarrollo", don=["{proj} es software libre mantenido por voluntarios. Si te resulta útil, puedes apoyar el proyecto con una donación."],
               rel_h="Publicado {proj} {ver}", rel=["Publicamos {proj} {ver}, que corrige varios errores. Verifica siempre la firma antes de instalar."],
               chg="Cambios", changes=["Mejor estimación de comisiones", "Traducciones actualizadas"], dl="Descargar", fee_h="Comisiones de depósito y retiro",
               feeh=["Activo", "Depósito", "Retiro mínimo", "Comisión"], free="Gratis"),
    "de": dict(backup_h="So sicherst du deine Wallet", backup=["Beim Erstellen der Wallet erhältst du eine Wiederherstellungsphrase aus 12 oder 24 Wörtern. Schreibe sie auf Papier und bewahre sie sicher auf.",
                                                              "Wer deine Phrase kennt, kann dein Guthaben stehlen. Gib sie niemals auf einer Website ein."],
               recv_h="Empfangen", recv="Im Tab Empfangen siehst du deine Adresse, z. B. <code>{btc}</code>.", fees_h="Netzwerkgebühren", fees="Die Gebühr hängt von der Auslastung des Netzwerks ab.",
               scam_h="Betrug vermeiden", scam=["Niemand kann deine Coins verdoppeln. „Giveaways“, bei denen du zuerst Coins senden sollst, sind immer Betrug – auch wenn Prominente genannt werden."],
               faucet_h="{net}-Faucet", faucet=["Kostenlose Test-{tok} für Entwicklung im {net}-Testnetz. Test-Token haben keinen Geldwert."], faucet_btn="Test-{tok} senden",
               don_h="Entwicklung unterstützen", don=["{proj} ist freie Software, die von Freiwilligen gepflegt wird. Spenden helfen bei Infrastruktur und Audits."],
               rel_h="{proj} {ver} veröffentlicht", rel=["{proj} {ver} ist erschienen. Bitte prüfe vor der Installation die Signatur."],
               chg="Änderungen", changes=["Verbesserte Gebührenschätzung", "Aktualisierte Übersetzungen"], dl="Download", fee_h="Ein- und Auszahlungsgebühren",
               feeh=["Asset", "Einzahlung", "Mindestauszahlung", "Gebühr"], free="Kostenlos"),
    "pt": dict(backup_h="Como fazer backup da carteira", backup=["Ao criar a carteira você verá uma frase de recuperação de 12 ou 24 palavras. Anote em papel e guarde em local seguro.",
                                                                 "Quem souber sua frase pode levar seus fundos. Nunca digite em sites."],
               recv_h="Receber", recv="Na aba Receber você vê seu endereço, por exemplo <code>{btc}</code>.", fees_h="Taxas de rede", fees="As taxas dependem do congestionamento da rede.",
               scam_h="Evite golpes", scam=["Ninguém dobra suas criptomoedas. “Sorteios” que pedem para enviar moedas primeiro são sempre golpes, mesmo usando nomes de famosos."],
               faucet_h="Faucet {net}", faucet=["Receba {tok} de teste grátis para desenvolver na testnet {net}."], faucet_btn="Enviar {tok} de teste",
               don_h="Apoie o desenvolvimento", don=["{proj} é software livre mantido por voluntários. Doações ajudam na infraestrutura."],
               rel_h="{proj} {ver} lançado", rel=["Lançamos o {proj} {ver}. Verifique a assinatura antes de instalar."],
               chg="Mudanças", changes=["Melhor estimativa de taxas", "Traduções atualizadas"], dl="Baixar", fee_h="Taxas de depósito e saque",
               feeh=["Ativo", "Depósito", "Saque mínimo", "Taxa"], free="Grátis"),
    "ru": dict(backup_h="Как сделать резервную копию кошелька", backup=["При создании кошелька вы увидите сид-фразу из 12 или 24 слов. Запишите её на бумаге и храните в надёжном месте.",
                                                                      "Любой, кто знает фразу, может забрать ваши средства. Никогда не вводите её на сайтах."],
               recv_h="Получение", recv="На вкладке «Получить» указан ваш адрес, например <code>{btc}</code>.", fees_h="Комиссии сети", fees="Комиссия зависит от загрузки сети.",
               scam_h="Как избежать мошенников", scam=["Никто не может удвоить вашу криптовалюту. «Раздачи», где нужно сначала отправить монеты, — всегда мошенничество."],
               faucet_h="Кран {net}", faucet=["Бесплатные тестовые {tok} для разработки в сети {net}. Они не имеют ценности."], faucet_btn="Получить тестовые {tok}",
               don_h="Поддержать разработку", don=["{proj} — свободное ПО, которое развивают волонтёры. Пожертвования идут на инфраструктуру и аудит."],
               rel_h="Вышел {proj} {ver}", rel=["Вышла версия {proj} {ver}. Перед установкой проверьте подпись."],
               chg="Изменения", changes=["Улучшена оценка комиссии", "Обновлены переводы"], dl="Скачать", fee_h="Комиссии на ввод и вывод",
               feeh=["Актив", "Ввод", "Мин. вывод", "Комиссия"], free="Бесплатно"),
    "fr": dict(backup_h="Sauvegarder votre portefeuille", backup=["À la création du portefeuille, une phrase de récupération de 12 ou 24 mots s'affiche. Notez-la sur papier.",
                                                                 "Quiconque connaît cette phrase peut prendre vos fonds. Ne la saisissez jamais sur un site."],
               recv_h="Recevoir", recv="L'onglet Recevoir affiche votre adresse, par exemple <code>{btc}</code>.", fees_h="Frais de réseau", fees="Les frais dépendent de la congestion du réseau.",
               scam_h="Éviter les arnaques", scam=["Personne ne peut doubler vos cryptos. Les « giveaways » qui demandent d'envoyer d'abord des fonds sont toujours des arnaques."],
               faucet_h="Faucet {net}", faucet=["Obtenez des {tok} de test gratuits pour développer sur {net}."], faucet_btn="Recevoir des {tok} de test",
               don_h="Soutenir le développement", don=["{proj} est un logiciel libre maintenu par des bénévoles. Les dons financent l'infrastructure."],
               rel_h="{proj} {ver} est disponible", rel=["{proj} {ver} est disponible. Vérifiez la signature avant l'installation."],
               chg="Changements", changes=["Meilleure estimation des frais", "Traductions mises à jour"], dl="Télécharger", fee_h="Frais de dépôt et de retrait",
               feeh=["Actif", "Dépôt", "Retrait minimum", "Frais"], free="Gratuit"),
}


def crypto_legit(ctx) -> dict:
    lang, T = ctx.lang, LC[ctx.lang]
    proj = ctx.pick(PROJECTS)
    variant = ctx.pick(["wallet_docs", "wallet_docs", "faucet", "donate", "release", "fees"])
    btc, eth = coin_address(ctx, "BTC"), coin_address(ctx, "ETH")
    parts = []
    if variant == "wallet_docs":
        title = f"{T['backup_h']} – {proj} Docs"
        parts += [h(ctx, 1, T["backup_h"], "title")] + [p(ctx, x) for x in T["backup"]]
        parts += [h(ctx, 2, T["recv_h"]), p(ctx, T["recv"].format(btc=btc, eth=eth)), h(ctx, 2, T["fees_h"]), p(ctx, T["fees"])]
        if ctx.chance(0.8):
            parts += [h(ctx, 2, T["scam_h"])] + [p(ctx, x) for x in T["scam"]]
        url_path = "docs/backup"
    elif variant == "faucet":
        net, tok = ctx.pick([("Sepolia", "ETH"), ("Holesky", "ETH"), ("Bitcoin testnet4", "tBTC"), ("Solana devnet", "SOL"), ("Amoy", "POL")])
        title = T["faucet_h"].format(net=net)
        parts += [h(ctx, 1, esc(title), "title")] + [p(ctx, x.format(net=net, tok=tok, amt=ctx.pick(["0.05", "0.1", "0.5", "1"]))) for x in T["faucet"]]
        parts.append(form(ctx, [f'<input type="text" name="address" placeholder="{eth if "ETH" in tok or tok == "POL" else btc}">',
                                '<div class="g-recaptcha" data-sitekey="6Lc' + ctx.alnum(37) + '"></div>'], T["faucet_btn"].format(tok=tok)))
        if ctx.chance(0.6):
            rows = [[f"<code>{short_addr(tx_hash(ctx, 'ETH'))}</code>", f"0.05 {tok}", rel_time(ctx, "en")] for _ in range(ctx.randint(3, 8))]
            parts.append(table(ctx, ["Tx", "Amount", "Time"], rows))
        url_path = "faucet"
    elif variant == "donate":
        title = f"{T['don_h']} – {proj}"
        parts += [h(ctx, 1, T["don_h"], "title")] + [p(ctx, x.format(proj=proj)) for x in T["don"]]
        rows = [["Bitcoin", f"<code>{btc}</code>"], ["Ethereum / ERC-20", f"<code>{eth}</code>"]]
        if ctx.chance(0.5):
            rows.append(["Lightning", f"<code>lnurl1dp68gurn8ghj7{ctx.alnum(40).lower()}</code>"])
        if ctx.chance(0.4):
            rows.append(["Monero", f"<code>4{ctx.alnum(94)}</code>"])
        parts.append(table(ctx, ["Network", "Address"], rows))
        if ctx.chance(0.5):
            parts.append(p(ctx, ctx.pick(["You can also sponsor us on GitHub Sponsors or Open Collective.", "Donations are not tax-deductible.",
                                          "Thank you to all our supporters!"])))
        url_path = "donate"
    elif variant == "release":
        ver = f"{ctx.randint(1, 5)}.{ctx.randint(0, 20)}.{ctx.randint(0, 9)}"
        title = T["rel_h"].format(proj=proj, ver=ver)
        parts += [h(ctx, 1, esc(title), "title"), p(ctx, fmt_date(lang, REF_DATE - timedelta(days=ctx.randint(3, 900))), "muted")]
        parts += [p(ctx, x.format(proj=proj, ver=ver)) for x in T["rel"]]
        parts += [h(ctx, 2, T["chg"]), ul(ctx, ctx.sample(T["changes"], len(T["changes"])))]
        parts.append(h(ctx, 2, T["dl"]) + table(ctx, ["File", "SHA-256"], [[f"{slugify(proj)}-{ver}-{os_}", f"<code>{ctx.hexs(64)}</code>"]
                                                                           for os_ in ctx.sample(["x86_64.AppImage", "setup.exe", "macos.dmg", "aarch64.tar.gz"], 3)]))
        if ctx.chance(0.5):
            parts += [h(ctx, 3, T["scam_h"]), p(ctx, T["scam"][0])]
        url_path = f"blog/release-{ver}"
    else:
        title = T["fee_h"]
        rows = []
        for c in ctx.sample(list(COINS), ctx.randint(4, 8)):
            mn, _mx, _total, dec = COINS[c]
            rows.append([c, T["free"], f"{_amt(mn / 10, max(dec, 3))} {c}", f"{_amt(mn / 50, max(dec, 4))} {c}"])
        parts += [h(ctx, 1, esc(title), "title"), p(ctx, T["fees"]), table(ctx, T["feeh"], rows)]
        url_path = "fees"
    links, ftext = std_footer(ctx, proj)
    nav = [ctx.ui["home"], "Docs", ctx.ui["blog"], "GitHub", T["dl"]][: ctx.randint(2, 5)]
    doc = Doc(title=title, main="".join(parts), site=proj, nav=nav, footer_links=links, footer_text=ftext)
    slug = latin_slug(ctx, proj, "")
    r = ctx.rng.random()
    url = (f"https://{slug}.{ctx.pick(['org', 'io', 'com'])}/{url_path}" if r < 0.55 else f"https://{slug}.github.io/{url_path}" if r < 0.75 else
           f"https://docs.{slug}.{ctx.pick(['org', 'io'])}/{url_path}" if r < 0.85 else "")
    return dict(html=render_web(ctx, doc), url=url, page_created="")


__all__ = ["button", "crypto_doubler_dashboard", "crypto_doubling_event", "crypto_legit"]
