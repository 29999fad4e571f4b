# ruff: noqa: E501  (template modules are mostly multilingual text tables)
"""Legit hard negatives (part C): SaaS / product landing pages with free-trial sign-up, and
ordinary log-in pages (password fields on legitimate sites)."""

from __future__ import annotations

from .core import (
    Doc,
    button,
    consent_checkbox,
    esc,
    faq,
    field_html,
    form,
    h,
    img,
    latin_slug,
    money,
    p,
    person,
    render_web,
    std_footer,
    std_nav,
    ul,
)

YEAR = 2026
PRODUCTS = [("Postwise", "social media scheduling"), ("Ledgerly", "invoicing for freelancers"), ("Shiftboard", "staff rota planning"),
            ("Formcraft", "online forms and surveys"), ("Pixelcrate", "photo backup"), ("TeamNest", "team chat"), ("Mailcove", "email newsletters"),
            ("Trackfolio", "time tracking"), ("BookMySlot", "appointment booking"), ("Stocklane", "inventory management")]
SAAS = {
    "en": dict(h=["{name} — {what}, made simple", "Grow faster with {name}", "The easiest way to handle {what}"],
               sub=["Start your free 14-day trial. No credit card required.", "Free plan for up to 3 users. Upgrade anytime.", "Join 20,000+ small businesses using {name}."],
               feats=["Set up in minutes — no IT team needed", "Works on web, iOS and Android", "Reports that show what works", "Unlimited team members on paid plans", "Cancel anytime — no contracts",
                      "GDPR compliant, data hosted in the EU", "Integrations with Google, Slack and Zapier"],
               plans="Pricing", free="Free", pro="Pro", team="Team", mo="/month", start="Start free trial", signup="Create your account", email="Work email",
               pw="Password (min. 8 characters)", agree="I agree to the <a href=\"/terms\">Terms</a> and <a href=\"/privacy\">Privacy Policy</a>.",
               login_h="Log in to {name}", login="Log in", forgot="Forgot password?", google="Continue with Google", noacc="Don't have an account? Sign up free",
               faq=[("Do I need a credit card?", "No. Your trial starts without any payment details."), ("Can I cancel?", "Yes, anytime from your account settings."),
                    ("Is my data safe?", "We encrypt data in transit and at rest and never sell it.")]),
    "es": dict(h=["{name}: {what} sin complicaciones", "Crece más rápido con {name}"], sub=["Prueba gratis 14 días. Sin tarjeta de crédito.", "Plan gratuito hasta 3 usuarios."],
               feats=["Listo en minutos", "Estadísticas claras", "Cancela cuando quieras", "Cumple el RGPD"], plans="Precios", free="Gratis", pro="Pro", team="Equipo", mo="/mes",
               start="Empezar prueba gratis", signup="Crea tu cuenta", email="Email de trabajo", pw="Contraseña (mín. 8 caracteres)",
               agree="Acepto los <a href=\"/terminos\">Términos</a> y la <a href=\"/privacidad\">Política de privacidad</a>.", login_h="Inicia sesión en {name}", login="Entrar",
               forgot="¿Olvidaste tu contraseña?", google="Continuar con Google", noacc="¿No tienes cuenta? Regístrate gratis",
               faq=[("¿Necesito tarjeta?", "No."), ("¿Puedo cancelar?", "Sí, cuando quieras.")]),
    "de": dict(h=["{name} – {what} ganz einfach", "Schneller wachsen mit {name}"], sub=["14 Tage kostenlos testen. Keine Kreditkarte nötig.", "Kostenloser Plan für bis zu 3 Nutzer."],
               feats=["In wenigen Minuten eingerichtet", "Übersichtliche Statistiken", "Jederzeit kündbar", "DSGVO-konform, Server in Deutschland"], plans="Preise", free="Kostenlos", pro="Pro", team="Team",
               mo="/Monat", start="Kostenlos testen", signup="Konto erstellen", email="Geschäftliche E-Mail", pw="Passwort (mind. 8 Zeichen)",
               agree="Ich akzeptiere die <a href=\"/agb\">AGB</a> und die <a href=\"/datenschutz\">Datenschutzerklärung</a>.", login_h="Bei {name} anmelden", login="Anmelden",
               forgot="Passwort vergessen?", google="Mit Google fortfahren", noacc="Noch kein Konto? Kostenlos registrieren", faq=[("Brauche ich eine Kreditkarte?", "Nein.")]),
    "fr": dict(h=["{name} : {what} en toute simplicité"], sub=["Essai gratuit de 14 jours. Sans carte bancaire."], feats=["Prêt en quelques minutes", "Statistiques claires", "Sans engagement"],
               plans="Tarifs", free="Gratuit", pro="Pro", team="Équipe", mo="/mois", start="Essai gratuit", signup="Créer un compte", email="E-mail professionnel", pw="Mot de passe",
               agree="J'accepte les <a href=\"/cgu\">CGU</a> et la <a href=\"/confidentialite\">politique de confidentialité</a>.", login_h="Connexion à {name}", login="Se connecter",
               forgot="Mot de passe oublié ?", google="Continuer avec Google", noacc="Pas de compte ? Inscription gratuite", faq=[("Faut-il une carte ?", "Non.")]),
    "pt": dict(h=["{name}: {what} sem complicação"], sub=["Teste grátis por 14 dias. Sem cartão de crédito."], feats=["Pronto em minutos", "Relatórios claros", "Cancele quando quiser", "Conforme a LGPD"],
               plans="Planos", free="Grátis", pro="Pro", team="Equipe", mo="/mês", start="Começar teste grátis", signup="Crie sua conta", email="E-mail de trabalho", pw="Senha (mín. 8 caracteres)",
               agree="Concordo com os <a href=\"/termos\">Termos</a> e a <a href=\"/privacidade\">Política de Privacidade</a>.", login_h="Entrar no {name}", login="Entrar",
               forgot="Esqueceu a senha?", google="Continuar com Google", noacc="Não tem conta? Cadastre-se grátis", faq=[("Preciso de cartão?", "Não.")]),
    "id": dict(h=["{name} — {what} jadi mudah"], sub=["Coba gratis 14 hari. Tanpa kartu kredit."], feats=["Siap dalam hitungan menit", "Laporan yang jelas", "Bisa berhenti kapan saja"],
               plans="Harga", free="Gratis", pro="Pro", team="Tim", mo="/bulan", start="Mulai uji coba gratis", signup="Buat akun", email="Email kerja", pw="Kata sandi (min. 8 karakter)",
               agree="Saya setuju dengan <a href=\"/syarat\">Syarat</a> dan <a href=\"/privasi\">Kebijakan Privasi</a>.", login_h="Masuk ke {name}", login="Masuk",
               forgot="Lupa kata sandi?", google="Lanjutkan dengan Google", noacc="Belum punya akun? Daftar gratis", faq=[("Perlu kartu kredit?", "Tidak.")]),
}


def saas_landing(ctx) -> dict:
    lang, T = ctx.lang, SAAS[ctx.lang]
    name, what = ctx.pick(PRODUCTS)
    variant = ctx.pick(["landing", "landing", "signup", "login"])
    parts = []
    if variant == "login":
        parts += [h(ctx, 1, esc(T["login_h"].format(name=name)), "title"),
                  form(ctx, ["email", field_html(ctx, "password")], T["login"], action="/session"),
                  f'<p><a href="/password/reset">{T["forgot"]}</a></p>', button(ctx, T["google"], "/auth/google", primary=False), p(ctx, f'<a href="/signup">{T["noacc"]}</a>')]
    else:
        parts += [h(ctx, 1, esc(ctx.pick(T["h"], name=name, what=what)), "title"), p(ctx, esc(ctx.pick(T["sub"], name=name)), "subtitle")]
        if variant == "landing":
            parts.append(img(ctx, name + " dashboard", name + " dashboard"))
            parts.append(ul(ctx, ctx.sample(T["feats"], ctx.randint(3, len(T["feats"])))))
            if ctx.chance(0.7):
                prices = [(T["free"], 0), (T["pro"], ctx.pick([9, 12, 15, 19])), (T["team"], ctx.pick([29, 39, 49]))]
                cards = "".join(f'<div{ctx.cls("card")}><h3>{n}</h3><p{ctx.cls("price")}>{money(lang if lang != "id" else "en", v)}{T["mo"] if v else ""}</p></div>' for n, v in prices)
                parts.append(h(ctx, 2, T["plans"]) + f'<div{ctx.cls("grid")}>{cards}</div>')
            if ctx.chance(0.5):
                parts.append("".join(f"<blockquote>“{esc(q)}” — {esc(person(ctx))}</blockquote>" for q in ctx.sample(
                    ["Saved us hours every week.", "Setup took five minutes.", "Support is fantastic.", "Worth every cent."], 2)))
            if ctx.chance(0.5):
                parts.append(faq(ctx, T["faq"]))
            parts.append(button(ctx, T["start"], "/signup"))
        else:
            fields = ["first", "email", field_html(ctx, "password", label=T["pw"])]
            if ctx.chance(0.3):
                fields.insert(1, "last")
            parts.append(h(ctx, 2, T["signup"]) + form(ctx, fields, T["start"], action="/signup", extra=consent_checkbox(ctx, T["agree"])))
            parts.append(button(ctx, T["google"], "/auth/google", primary=False))
    links, ftext = std_footer(ctx, f"{name} Inc." if lang == "en" else name)
    doc = Doc(title=f"{name} – {what}" if variant == "landing" else f"{T['login'] if variant == 'login' else T['signup']} | {name}", main="".join(parts), site=name,
              nav=[] if variant == "login" else [*std_nav(ctx, [T["plans"]], n=ctx.randint(1, 4)), T["login"]], footer_links=links, footer_text=ftext)
    dom = latin_slug(ctx, name, "")
    r = ctx.rng.random()
    path = {"landing": "", "signup": "signup", "login": "login"}[variant]
    url = (f"https://{ctx.pick(['www.', 'app.', ''])}{dom}.{ctx.pick(['com', 'io', 'app', 'co'])}/{path}" if r < 0.8 else f"https://{dom}.github.io/" if r < 0.87 else "")
    return dict(html=render_web(ctx, doc), url=url, page_created="")


__all__ = ["saas_landing"]
