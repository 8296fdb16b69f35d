# Deployment images: npm assets, SDK build, then two targets that `docker compose up` builds:
#   cli  `mapdash` with the geodata and seeds (the one-shot setup service: migrate as the owner, import as the importer)
#   web  the dashboard on the ASP.NET runtime (the default target, last), connected as the read-only web role
FROM node:20-bookworm-slim AS assets
WORKDIR /src/src/MapDashboard.Web
COPY src/MapDashboard.Web/package.json src/MapDashboard.Web/package-lock.json src/MapDashboard.Web/.npmrc ./
RUN npm ci --no-audit --no-fund
# What the map's first picture loads, bundled here: the SDK stage has no node (NpmAssets.targets, BundleMapAssets).
COPY src/MapDashboard.Web/bundle-map-assets.mjs ./
COPY src/MapDashboard.Web/wwwroot/js/ wwwroot/js/
RUN node bundle-map-assets.mjs
# The Chinese webfont's slices are cut from the characters of the interface and the gazetteer (build-cjk-font.mjs).
COPY src/MapDashboard.Web/build-cjk-font.mjs ./
COPY src/MapDashboard.Web/Resources/ Resources/
COPY src/MapDashboard.Web/Features/ Features/
COPY src/MapDashboard.Web/Components/ Components/
COPY geodata/gazetteer.csv /src/geodata/gazetteer.csv
RUN node build-cjk-font.mjs

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props MapDashboard.sln ./
COPY src/ src/
# The Web csproj embeds geodata/lines.geojson and attribution.txt (the base map's lines and credit).
COPY geodata/ geodata/
COPY --from=assets /src/src/MapDashboard.Web/node_modules src/MapDashboard.Web/node_modules
COPY --from=assets /src/src/MapDashboard.Web/wwwroot/lib src/MapDashboard.Web/wwwroot/lib
# The lock file's stamp tells NpmAssets.targets that node_modules is current, and the bundles come from the assets
# stage: no node in this stage.
RUN touch src/MapDashboard.Web/node_modules/.npm-stamp \
 && dotnet publish src/MapDashboard.Web -c Release -o /app -p:UseAppHost=false -p:BundleMapAssets=false \
 && dotnet publish src/MapDashboard.Cli -c Release -o /cli -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS cli
COPY --from=build /cli /app/
# `mapdash import` reads seeds/ and geodata/ from its working folder by default.
COPY geodata/ /data/geodata/
COPY seeds/ /data/seeds/
WORKDIR /data
USER $APP_UID
ENTRYPOINT ["dotnet", "/app/mapdash.dll"]

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS web
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://0.0.0.0:8080
# Two glibc malloc arenas instead of one per thread: less memory kept at rest and after viewers leave (bench/README.md, circuits).
ENV MALLOC_ARENA_MAX=2
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "MapDashboard.Web.dll"]
